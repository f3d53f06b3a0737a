import type { Logger } from '@gw/providers';
import { redactSecrets } from '@gw/providers';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** One JSON line per entry on stderr (stdout stays free for whatever embeds the process). Key-shaped text is redacted. */
export function createStderrLogger(level: LogLevel = 'info', write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const log = (entryLevel: Exclude<LogLevel, 'silent'>) => (message: string, fields?: Record<string, unknown>) => {
    if (order[entryLevel] < order[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: entryLevel, message, ...fields });
    write(`${redactSecrets(line)}\n`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
