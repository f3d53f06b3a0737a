export { createModelAdminServer, serverName, serverVersion } from './create-model-admin-server.js';
export type { ModelAdminServerOptions } from './create-model-admin-server.js';
export { loadModelAdminConfig, ModelAdminConfigError } from './config/load-model-admin-config.js';
export type { ModelAdminConfig } from './config/load-model-admin-config.js';
export { createStderrLogger } from './logger/create-stderr-logger.js';
export type { Logger, LogLevel } from './logger/create-stderr-logger.js';
export { paginate } from './tools/paginate.js';
export type { Page, PageArguments } from './tools/paginate.js';
