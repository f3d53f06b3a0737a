export { runStdioServer } from './run-stdio-server.js';
export type { RunStdioServerOptions } from './run-stdio-server.js';
export { readServerSettings } from './read-server-settings.js';
export type { ServerSettings } from './read-server-settings.js';
export { createStderrLogger, logLevels } from './create-stderr-logger.js';
export type { LogLevel } from './create-stderr-logger.js';
export { serverName, serverVersion } from './server-identity.js';
