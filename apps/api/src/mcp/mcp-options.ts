import type { RegisterToolsetsOptions } from '@gw/mcp-tools';

/**
 * What `/mcp` serves: the toolsets (`GW_TOOLSETS`, default `gateway`) and their settings. The server fills in the
 * provider registry, the router and the logger; the `code` toolset uses the code agent's context store.
 */
export type ApiMcpOptions = Partial<Omit<RegisterToolsetsOptions, 'registry' | 'router' | 'code' | 'logger'>>;
