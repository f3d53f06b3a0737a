import { MappingRegistryClientError } from './mapping-registry-client-error.js';
import type {
  ApiKeyJson,
  CreateKeyRequest,
  CreateMappingRequest,
  CreatedApiKeyJson,
  DeletedMappingJson,
  HealthJson,
  ListMappingsQuery,
  MappingJson,
  MappingListJson,
  MappingSelectorQuery,
  ModelListJson,
  UpdateMappingRequest,
} from './client-types.js';

export interface MappingRegistryClientOptions {
  /** Where gw-api listens, e.g. `http://127.0.0.1:3000`. */
  baseURL: string;
  /** The `ak_` key sent as `X-API-Key` (a call may give its own). */
  apiKey?: string;
  /** Per request (default 30,000 ms). */
  timeoutMs?: number;
  /** For tests and custom agents; default: the global `fetch`. */
  fetch?: typeof fetch;
}

export interface ClientCallOptions {
  apiKey?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface MappingRegistryClient {
  health(options?: ClientCallOptions): Promise<HealthJson>;
  listModels(query?: { include_disabled?: boolean }, options?: ClientCallOptions): Promise<ModelListJson>;
  listMappings(query?: ListMappingsQuery, options?: ClientCallOptions): Promise<MappingListJson>;
  getMapping(alias: string, query?: MappingSelectorQuery, options?: ClientCallOptions): Promise<MappingJson>;
  createMapping(body: CreateMappingRequest, options?: ClientCallOptions): Promise<MappingJson>;
  updateMapping(alias: string, body: UpdateMappingRequest, query?: MappingSelectorQuery, options?: ClientCallOptions): Promise<MappingJson>;
  deleteMapping(alias: string, query?: MappingSelectorQuery, options?: ClientCallOptions): Promise<DeletedMappingJson>;
  createKey(body?: CreateKeyRequest, options?: ClientCallOptions): Promise<CreatedApiKeyJson>;
  listKeys(query?: { owner_id?: string }, options?: ClientCallOptions): Promise<{ data: ApiKeyJson[] }>;
  revokeKey(id: string, options?: ClientCallOptions): Promise<ApiKeyJson>;
}

function queryString(query: Record<string, string | boolean | undefined> | undefined): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) parameters.set(name, String(value));
  const text = parameters.toString();
  return text === '' ? '' : `?${text}`;
}

function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** A typed client for gw's REST API (`/v1/models`, `/api/v1/model-mappings`, `/api/v1/keys`, `/health`). */
export function createMappingRegistryClient(options: MappingRegistryClientOptions): MappingRegistryClient {
  const baseURL = options.baseURL.replace(/\/+$/, '');
  const defaultTimeoutMs = options.timeoutMs ?? 30_000;
  const fetchImplementation = options.fetch ?? fetch;

  async function call<T>(method: string, path: string, body: unknown, callOptions: ClientCallOptions = {}): Promise<T> {
    const timeoutMs = callOptions.timeoutMs ?? defaultTimeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = callOptions.signal ? AbortSignal.any([callOptions.signal, timeout]) : timeout;
    const apiKey = callOptions.apiKey ?? options.apiKey;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (apiKey) headers['x-api-key'] = apiKey;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    let text: string;
    try {
      response = await fetchImplementation(`${baseURL}${path}`, { method, headers, signal, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      text = await response.text();
    } catch (error) {
      if (timeout.aborted) {
        throw new MappingRegistryClientError(`gw API did not answer ${method} ${path} within ${timeoutMs} ms.`, { status: 504, code: 'timeout', method, path, cause: error });
      }
      if (callOptions.signal?.aborted) {
        throw new MappingRegistryClientError(`${method} ${path} was aborted.`, { status: 499, code: 'aborted', method, path, cause: error });
      }
      throw new MappingRegistryClientError(`Could not reach gw API at ${baseURL} (${describeFailure(error)}).`, { status: 502, code: 'connection_failed', method, path, cause: error });
    }
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const error = (parsed as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      const message = typeof error?.message === 'string' ? error.message : `HTTP ${response.status} ${response.statusText}`.trim();
      const code = typeof error?.code === 'string' ? error.code : `http_${response.status}`;
      throw new MappingRegistryClientError(message, { status: response.status, code, method, path });
    }
    if (parsed === undefined) {
      throw new MappingRegistryClientError(`gw API answered ${method} ${path} with a body that is not JSON.`, { status: 502, code: 'invalid_response', method, path });
    }
    return parsed as T;
  }

  const aliasPath = (alias: string) => `/api/v1/model-mappings/${encodeURIComponent(alias)}`;

  return {
    health: (callOptions) => call('GET', '/health', undefined, callOptions),
    listModels: (query, callOptions) => call('GET', `/v1/models${queryString(query)}`, undefined, callOptions),
    listMappings: (query, callOptions) => call('GET', `/api/v1/model-mappings${queryString({ ...query })}`, undefined, callOptions),
    getMapping: (alias, query, callOptions) => call('GET', `${aliasPath(alias)}${queryString({ ...query })}`, undefined, callOptions),
    createMapping: (body, callOptions) => call('POST', '/api/v1/model-mappings', body, callOptions),
    updateMapping: (alias, body, query, callOptions) => call('PUT', `${aliasPath(alias)}${queryString({ ...query })}`, body, callOptions),
    deleteMapping: (alias, query, callOptions) => call('DELETE', `${aliasPath(alias)}${queryString({ ...query })}`, undefined, callOptions),
    createKey: (body, callOptions) => call('POST', '/api/v1/keys', body ?? {}, callOptions),
    listKeys: (query, callOptions) => call('GET', `/api/v1/keys${queryString({ ...query })}`, undefined, callOptions),
    revokeKey: (id, callOptions) => call('DELETE', `/api/v1/keys/${encodeURIComponent(id)}`, undefined, callOptions),
  };
}
