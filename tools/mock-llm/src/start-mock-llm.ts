import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleRequest } from './handle-request.js';
import type { MockLlm, MockLlmOptions } from './mock-llm-types.js';
import { createMockState } from './mock-state.js';

function urlHost(host: string): string {
  // A wildcard address is reachable on loopback; IPv6 literals need brackets in a URL.
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts the mock LLM upstream on `host:port` (127.0.0.1 and a free port by default). */
export async function startMockLlm(options: MockLlmOptions = {}): Promise<MockLlm> {
  const host = options.host ?? '127.0.0.1';
  const state = createMockState(options);
  const server = createServer({ noDelay: true }, (request, response) => {
    handleRequest(request, response, state).catch((error: unknown) => {
      // The client went away mid-request, or a bug in the mock: never leave the socket hanging.
      if (!response.headersSent && !response.destroyed) {
        const message = `mock-llm internal error: ${error instanceof Error ? error.message : String(error)}`;
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message, type: 'server_error', param: null, code: null } }));
      } else {
        response.destroy();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost(host)}:${port}`,
    port,
    requests: () => state.log.list(),
    lastRequest: () => state.log.last(),
    reset: () => state.reset(),
    setRules: (rules) => state.setRules(rules),
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
