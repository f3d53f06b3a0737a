import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMappingRegistryClient } from './create-mapping-registry-client.js';
import { MappingRegistryClientError } from './mapping-registry-client-error.js';

// A stand-in HTTP server: the client's contract is the wire (paths, headers, bodies, statuses), checked here
// without the API app; the apps' tests run the same client against the real gw-api.
describe('createMappingRegistryClient', () => {
  let server: Server;
  let baseURL: string;
  const seen: { method: string; url: string; apiKey: string | undefined; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method!, url: request.url!, apiKey: request.headers['x-api-key'] as string | undefined, body });
        if (request.url!.startsWith('/slow')) return;
        if (request.url === '/api/v1/model-mappings/taken') {
          response.writeHead(409, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'conflict', message: 'You already have an alias "taken".' } }));
          return;
        }
        if (request.url === '/health') {
          response.writeHead(500).end('not json');
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ alias: 'mine', echoed: body === '' ? null : JSON.parse(body) }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the key as X-API-Key, JSON bodies and encoded paths', async () => {
    const client = createMappingRegistryClient({ baseURL, apiKey: 'ak_default' });
    await client.updateMapping('a:b', { enabled: false }, { owner_id: 'bob' });
    expect(seen.at(-1)).toEqual({ method: 'PUT', url: '/api/v1/model-mappings/a%3Ab?owner_id=bob', apiKey: 'ak_default', body: '{"enabled":false}' });
    await client.listModels({ include_disabled: true }, { apiKey: 'ak_override' });
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: '/v1/models?include_disabled=true', apiKey: 'ak_override' });
  });

  it('turns an error response into an error with the status and the server’s message', async () => {
    const client = createMappingRegistryClient({ baseURL, apiKey: 'ak_default' });
    const error = await client.deleteMapping('taken').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MappingRegistryClientError);
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'You already have an alias "taken".', method: 'DELETE' });
    expect(await client.health().catch((caught: unknown) => caught)).toMatchObject({ status: 500, code: 'http_500' });
  });

  it('times out with 504 and reports an unreachable server with 502, never showing the key', async () => {
    const slow = createMappingRegistryClient({ baseURL: `${baseURL}slow`, apiKey: 'ak_secretword', timeoutMs: 100 });
    const timeout = (await slow.health().catch((caught: unknown) => caught)) as MappingRegistryClientError;
    expect(timeout).toMatchObject({ status: 504, code: 'timeout' });
    const down = createMappingRegistryClient({ baseURL: 'http://127.0.0.1:9', apiKey: 'ak_secretword' });
    const refused = (await down.listMappings().catch((caught: unknown) => caught)) as MappingRegistryClientError;
    expect(refused).toMatchObject({ status: 502, code: 'connection_failed' });
    expect(`${timeout.message} ${refused.message}`).not.toContain('secretword');
  });
});
