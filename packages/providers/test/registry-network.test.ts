import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { MockLlm } from '@gw/mock-llm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError, createProviderRegistry, ProviderError, UpstreamConnectionError } from '../src/index.js';
import { rejectionOf, startTestUpstream, userSays } from './mock-setup.js';

let mock: MockLlm;

beforeAll(async () => {
  mock = await startTestUpstream();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

const model = { id: 'm', upstreamModel: 'deployment-one', tier: 1, price: { input: 1, output: 1 }, contextWindow: 8000 };

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('OpenAI-format variants', () => {
  it('Azure OpenAI: deployment path, api-version query, api-key header, no model in the body', async () => {
    const registry = createProviderRegistry({
      builtInModels: false,
      proxy: false,
      providers: [{ id: 'azure', format: 'openai', kind: 'azure', baseURL: mock.url, apiKey: 'test-azure-key', apiVersion: '2024-10-21' }],
      models: [{ ...model, provider: 'azure' }],
    });
    const response = await registry.chat({ model: 'm', messages: userSays('hi azure') });
    expect(response.choices[0]!.message.content).toBe('[deployment-one] echo: hi azure');
    const received = mock.lastRequest()!;
    expect(received.path).toBe('/openai/deployments/deployment-one/chat/completions');
    expect(received.query).toEqual({ 'api-version': '2024-10-21' });
    expect(received.headers['api-key']).toBe('test-azure-key');
    expect(received.headers.authorization).toBeUndefined();
    expect((received.body as Record<string, unknown>).model).toBeUndefined();
    await registry.close();
  });

  it('OpenRouter: attribution headers', async () => {
    const registry = createProviderRegistry({
      builtInModels: false,
      proxy: false,
      providers: [{ id: 'openrouter', format: 'openai', kind: 'openrouter', baseURL: `${mock.url}/v1`, apiKey: 'test-router-key', referer: 'https://example.test/app', title: 'gw tests' }],
      models: [{ ...model, provider: 'openrouter', upstreamModel: 'vendor/model-x' }],
    });
    await registry.chat({ model: 'm', messages: userSays('hi') });
    expect(mock.lastRequest()!.headers).toMatchObject({ 'http-referer': 'https://example.test/app', 'x-title': 'gw tests' });
    expect((mock.lastRequest()!.body as { model: string }).model).toBe('vendor/model-x');
    await registry.close();
  });

  it('local servers need no key and send no authorization', async () => {
    const registry = createProviderRegistry({
      builtInModels: false,
      proxy: false,
      providers: [{ id: 'ollama', format: 'openai', kind: 'local', baseURL: `${mock.url}/v1` }],
    });
    const response = await registry.chat({ model: 'ollama/llama3.2:3b', messages: userSays('hi') });
    expect(response.gw!.tier).toBe(0);
    expect(mock.lastRequest()!.headers.authorization).toBeUndefined();
    await registry.close();
  });

  it('a provider that needs a key and has none fails at first use with the setting named', async () => {
    const registry = createProviderRegistry({
      builtInModels: false,
      providers: [{ id: 'openai', format: 'openai', baseURL: `${mock.url}/v1` }],
      models: [{ ...model, provider: 'openai' }],
    });
    const error = await rejectionOf(registry.chat({ model: 'm', messages: userSays('hi') }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).setting).toBe('providers.openai.apiKey');
    expect(mock.requests()).toHaveLength(0);
  });
});

describe('secrets', () => {
  it('never lets the provider key into an error message, even when the upstream echoes it', async () => {
    const secret = 'test-secret-value-0123456789';
    const echo = createServer((request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${request.headers.authorization}`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
    });
    const port = await listen(echo);
    const registry = createProviderRegistry({
      builtInModels: false,
      proxy: false,
      providers: [{ id: 'echo', format: 'openai', baseURL: `http://127.0.0.1:${port}/v1`, apiKey: secret }],
      models: [{ ...model, provider: 'echo' }],
    });
    const error = (await rejectionOf(registry.chat({ model: 'm', messages: userSays('hi') }))) as ProviderError;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.providerCode).toBe('invalid_api_key');
    expect(error.message).not.toContain(secret);
    expect(JSON.stringify(error)).not.toContain(secret);
    expect(error.message).toContain('[redacted]');
    await registry.close();
    echo.close();
  });
});

describe('connections', () => {
  it('an abort closes the upstream socket (the upstream sees the client go away)', async () => {
    let resolveClosed!: () => void;
    const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
    const silent = createServer((request) => {
      // Never answer: only the client's abort can end this exchange.
      request.socket.on('close', resolveClosed);
    });
    const port = await listen(silent);
    const registry = createProviderRegistry({
      builtInModels: false,
      proxy: false,
      providers: [{ id: 'silent', format: 'openai', kind: 'local', baseURL: `http://127.0.0.1:${port}/v1` }],
    });
    const controller = new AbortController();
    const pending = registry.chat({ model: 'silent/x', messages: userSays('hi') }, { signal: controller.signal }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const abortedAt = performance.now();
    controller.abort();
    await closed;
    expect(performance.now() - abortedAt).toBeLessThan(500);
    expect(await pending).toMatchObject({ code: 'aborted', status: 499 });
    await registry.close();
    silent.close();
  });

  it('an unreachable upstream is a retryable connection error', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const registry = createProviderRegistry({
      builtInModels: false,
      proxy: false,
      providers: [{ id: 'gone', format: 'openai', kind: 'local', baseURL: `http://127.0.0.1:${port}/v1` }],
    });
    const error = await rejectionOf(registry.chat({ model: 'gone/x', messages: userSays('hi') }));
    expect(error).toBeInstanceOf(UpstreamConnectionError);
    expect(error).toMatchObject({ retryable: true, status: 502 });
    await registry.close();
  });

  it('HTTP_PROXY routes upstream calls through the proxy, and NO_PROXY bypasses it', async () => {
    const tunnels: string[] = [];
    const proxy = createServer();
    proxy.on('connect', (request, clientSocket, head) => {
      tunnels.push(request.url ?? '');
      const [host, port] = (request.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(clientSocket);
        clientSocket.pipe(upstream);
      });
      upstream.on('error', () => clientSocket.destroy());
      clientSocket.on('error', () => upstream.destroy());
    });
    const proxyPort = await listen(proxy);
    const providers = [{ id: 'local', format: 'openai' as const, kind: 'local' as const, baseURL: `${mock.url}/v1` }];

    const proxied = createProviderRegistry({ builtInModels: false, providers, environment: { HTTP_PROXY: `http://127.0.0.1:${proxyPort}` } });
    const response = await proxied.chat({ model: 'local/x', messages: userSays('via proxy') });
    expect(response.choices[0]!.message.content).toBe('[x] echo: via proxy');
    expect(tunnels).toEqual([`127.0.0.1:${mock.port}`]);
    await proxied.close();

    const bypassed = createProviderRegistry({
      builtInModels: false,
      providers,
      environment: { HTTP_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: '127.0.0.1' },
    });
    await bypassed.chat({ model: 'local/x', messages: userSays('direct') });
    expect(tunnels).toHaveLength(1);
    await bypassed.close();
    proxy.close();
  });
});
