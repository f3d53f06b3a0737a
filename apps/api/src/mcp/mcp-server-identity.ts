/** What `/mcp` tells clients in `initialize`. */
export const mcpServerIdentity = { name: 'gw-api', version: '0.1.0' } as const;
