#!/usr/bin/env node
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { loadModelAdminConfig } from './config/load-model-admin-config.js';
import { createModelAdminServer } from './create-model-admin-server.js';
import { createStderrLogger } from './logger/create-stderr-logger.js';

// gw-model-admin-mcp: stdout carries JSON-RPC only; every log line goes to stderr.
let config;
try {
  config = loadModelAdminConfig(process.env);
} catch (error) {
  process.stderr.write(`gw-model-admin-mcp could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const logger = createStderrLogger(config.logLevel);
const server = createModelAdminServer({ ...config, logger });
await server.connect(new StdioServerTransport());
logger.info('gw-model-admin-mcp ready', { url: config.baseURL, apiKeyConfigured: config.apiKey !== undefined, timeoutMs: config.timeoutMs });
const stop = () => {
  server.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
