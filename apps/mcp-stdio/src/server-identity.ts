/** Reported in the MCP `initialize` answer. Kept in step with package.json by a test. */
export const serverName = 'gw';
export const serverVersion = '0.1.0';
