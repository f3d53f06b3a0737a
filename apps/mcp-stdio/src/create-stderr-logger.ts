import type { Logger } from '@gw/providers';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export const logLevels: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/**
 * Logs one JSON line per entry to stderr: stdout belongs to JSON-RPC. A broken stderr is ignored rather
 * than allowed to take the server down.
 */
export function createStderrLogger(level: LogLevel, stream: NodeJS.WritableStream = process.stderr): Logger {
  const write = (entryLevel: Exclude<LogLevel, 'silent'>, message: string, fields?: Record<string, unknown>) => {
    if (rank[entryLevel] < rank[level]) return;
    try {
      stream.write(`${JSON.stringify({ time: new Date().toISOString(), level: entryLevel, name: 'gw-mcp', message, ...fields })}\n`);
    } catch {
      // Nowhere left to report it.
    }
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}
