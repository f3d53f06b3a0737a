import type { Logger } from '@gw/providers';
import { createWorkspaceFileReader, registerToolsets, type RegisterToolsetsOptions } from '@gw/mcp-tools';
import type { Gateway } from './gateway-runtime.js';
import { lazyRoutedStream } from './lazy-routed-stream.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createStderrLogger } from './create-stderr-logger.js';
import { readServerSettings, type ServerSettings } from './read-server-settings.js';
import { serverName, serverVersion } from './server-identity.js';

export interface RunStdioServerOptions {
  environment?: Record<string, string | undefined>;
  stdin?: NodeJS.ReadableStream & { on(event: 'end' | 'close', listener: () => void): unknown };
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  /** Called once the server has shut down; the bin exits the process with it. */
  exit?: (code: number) => void;
}

function secretsOf(settings: ServerSettings): string[] {
  return settings.registry.config.providers.flatMap((provider) => (provider.apiKey ? [provider.apiKey] : []));
}

/**
 * gw-mcp: config from the environment → the gateway toolset → MCP over stdio. A bad setting ends the
 * process at once with one line on stderr. Nothing touches the network before the first tool call.
 */
export async function runStdioServer(options: RunStdioServerOptions = {}): Promise<void> {
  const environment = options.environment ?? process.env;
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const exit = options.exit ?? ((code: number) => process.exit(code));

  let settings: ServerSettings;
  try {
    settings = readServerSettings(environment);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`gw-mcp: ${message.replace(/\s+/g, ' ')}\n`);
    exit(2);
    return;
  }
  const logger: Logger = createStderrLogger(settings.logLevel, stderr);
  for (const note of settings.registry.notes) logger.info(note);

  let gateway: Promise<Gateway> | undefined;
  const loadGateway = () =>
    (gateway ??= import('./gateway-runtime.js').then(({ createGateway }) => createGateway(settings.registry.config, settings.router, logger)));
  const router = {
    route: async (...call: Parameters<Gateway['router']['route']>) => (await loadGateway()).router.route(...call),
    stream: (...call: Parameters<Gateway['router']['stream']>) => lazyRoutedStream(loadGateway().then(({ router: loaded }) => loaded.stream(...call))),
  };
  const closers: (() => Promise<unknown>)[] = [async () => (await gateway)?.registry.close()];
  const extraToolsets: Pick<RegisterToolsetsOptions, 'workspace' | 'store' | 'code'> = {};
  if (settings.workspace) extraToolsets.workspace = { ...settings.workspace, logger };
  // The store and code toolsets need database drivers: load the runtime now, only when they are enabled.
  if (settings.store || settings.toolsets.includes('code')) {
    const runtime = await import('./gateway-runtime.js');
    if (settings.store) {
      const store = runtime.createStoreOptions(settings.store, logger);
      extraToolsets.store = store.options;
      closers.push(store.close);
    }
    if (settings.toolsets.includes('code')) {
      const todoStore = runtime.createTodoStore(environment, logger);
      closers.push(todoStore.close);
      extraToolsets.code = {
        router,
        contextManager: todoStore.contextManager,
        ...(settings.workspace ? { readWorkspaceFile: createWorkspaceFileReader(settings.workspace) } : {}),
        secrets: secretsOf(settings),
        logger,
      };
    }
  }
  const server = new McpServer({ name: serverName, version: serverVersion });
  try {
    registerToolsets(server, {
      toolsets: settings.toolsets,
      ...extraToolsets,
      registry: async () => (await loadGateway()).registry,
      router,
      ...(settings.registry.config.defaultModel ? { defaultModel: settings.registry.config.defaultModel } : {}),
      ...(settings.registry.passThroughProvider ? { passThroughProvider: settings.registry.passThroughProvider } : {}),
      requestDefaults: settings.requestDefaults,
      ...(settings.description ? { description: settings.description } : {}),
      secrets: secretsOf(settings),
      logger,
    });
  } catch (error) {
    // An enabled toolset without its settings: the same one-line start failure as a bad variable.
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`gw-mcp: ${message.replace(/\s+/g, ' ')}\n`);
    await Promise.allSettled(closers.map((close) => close()));
    exit(2);
    return;
  }

  let stopping = false;
  const shutdown = (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.debug('shutting down', { reason });
    // Never wait long on a peer that is gone: a closed pipe can leave close() pending.
    const deadline = setTimeout(() => exit(code), 1_000);
    deadline.unref();
    void Promise.allSettled([server.close(), ...closers.map((close) => close())]).then(() => {
      clearTimeout(deadline);
      exit(code);
    });
  };

  // The client closed our stdin (it quit or restarted us), or stopped reading stdout (EPIPE): leave quietly.
  stdin.on('end', () => shutdown('stdin ended'));
  stdin.on('close', () => shutdown('stdin closed'));
  stdout.on('error', (error: NodeJS.ErrnoException) => shutdown(`stdout ${error.code ?? 'error'}`, error.code === 'EPIPE' ? 0 : 1));
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  const transport = new StdioServerTransport(stdin as never, stdout as never);
  transport.onerror = (error) => logger.warn('transport error', { error: error.message });
  await server.connect(transport);
  logger.debug('gw-mcp ready', { mode: settings.registry.mode, providers: settings.registry.config.providers.map((provider) => provider.id) });
}
