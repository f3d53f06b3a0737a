#!/usr/bin/env node
import { startApi } from './start-api.js';

// gw-api: configuration comes from the environment (see docs/configuration.md); logs are JSON lines on stderr.
try {
  const api = await startApi();
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', message: 'gw-api stopping', signal })}\n`);
    api.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const setting = (error as { setting?: unknown }).setting;
  process.stderr.write(`gw-api could not start: ${message}${typeof setting === 'string' && !message.includes(setting) ? ` (${setting})` : ''}\n`);
  process.exit(1);
}
