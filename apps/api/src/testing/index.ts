export { apiBinPath, startApiProcess } from './start-api-process.js';
export type { ApiProcess } from './start-api-process.js';
