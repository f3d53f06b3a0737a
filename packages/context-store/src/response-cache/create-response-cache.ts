import { createHash } from 'node:crypto';
import type { ChatCompletion, ChatCompletionCreateParams } from 'openai/resources/chat/completions';
import type { HotTier } from '../hot-tier/hot-tier.js';
import type { ContextStoreLogger } from '../logger/context-store-logger.js';
import { describeError, silentLogger } from '../logger/context-store-logger.js';
import { normaliseChatRequest } from './normalise-chat-request.js';

export interface ResponseCacheOptions {
  readonly hotTier: HotTier;
  /** Lifetime of an entry (default ten minutes). */
  readonly ttlSeconds?: number;
  /** Larger responses are not cached (default 1 MiB of JSON). */
  readonly maxEntryBytes?: number;
  readonly logger?: ContextStoreLogger;
}

export interface ResponseCacheRequestOptions {
  /** Cache even a non-deterministic request (the client asked for it). */
  readonly force?: boolean;
}

export interface StoreResponseOptions extends ResponseCacheRequestOptions {
  /** How the call ended; only `success` is stored. */
  readonly status?: 'success' | 'error' | 'partial';
}

export interface ResponseCache {
  /** Deterministic (temperature 0, one choice) or forced. */
  isCacheable(request: ChatCompletionCreateParams, options?: ResponseCacheRequestOptions): boolean;
  /** The stored answer of this tenant for an identical request; undefined on a miss or when the hot tier is down. */
  lookup(tenantId: string, request: ChatCompletionCreateParams, options?: ResponseCacheRequestOptions): Promise<ChatCompletion | undefined>;
  /** Stores a complete, successful answer; returns whether it was stored. */
  store(tenantId: string, request: ChatCompletionCreateParams, response: ChatCompletion, options?: StoreResponseOptions): Promise<boolean>;
}

interface CacheEntry {
  readonly tenantId: string;
  readonly request: string;
  readonly response: ChatCompletion;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** An exact-match response cache in the hot tier, scoped by tenant. */
export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const logger = options.logger ?? silentLogger;
  const ttlSeconds = options.ttlSeconds ?? 600;
  const maxEntryBytes = options.maxEntryBytes ?? 1024 * 1024;

  const isCacheable = (request: ChatCompletionCreateParams, requestOptions: ResponseCacheRequestOptions = {}): boolean => {
    if (requestOptions.force === true) return true;
    return request.temperature === 0 && (request.n ?? 1) === 1;
  };

  // Hashing the tenant keeps any tenant id (colons, braces) from shaping another tenant's key.
  const keyOf = (tenantId: string, normalised: string): string => `cache:response:${sha256(tenantId)}:${sha256(normalised)}`;

  return {
    isCacheable,

    async lookup(tenantId, request, requestOptions) {
      if (!isCacheable(request, requestOptions)) return undefined;
      const normalised = normaliseChatRequest(request);
      try {
        const stored = await options.hotTier.get(keyOf(tenantId, normalised));
        if (stored === undefined) return undefined;
        const entry = JSON.parse(stored) as CacheEntry;
        // Belt and braces: a hash collision must never hand one tenant another's answer.
        if (entry.tenantId !== tenantId || entry.request !== normalised) return undefined;
        return entry.response;
      } catch (error) {
        logger.warn('response cache lookup failed', { error: describeError(error) });
        return undefined;
      }
    },

    async store(tenantId, request, response, storeOptions = {}) {
      if (!isCacheable(request, storeOptions)) return false;
      if ((storeOptions.status ?? 'success') !== 'success' || !isComplete(response)) return false;
      const normalised = normaliseChatRequest(request);
      const value = JSON.stringify({ tenantId, request: normalised, response } satisfies CacheEntry);
      if (Buffer.byteLength(value) > maxEntryBytes) return false;
      try {
        await options.hotTier.write([{ type: 'set', key: keyOf(tenantId, normalised), value, ttlSeconds }]);
        return true;
      } catch (error) {
        logger.warn('response cache store failed', { error: describeError(error) });
        return false;
      }
    },
  };
}

/** A finished completion: every choice has a finish reason (a cut stream has none). */
function isComplete(response: ChatCompletion): boolean {
  return (
    response.object === 'chat.completion' &&
    response.choices.length > 0 &&
    response.choices.every((choice) => typeof choice.finish_reason === 'string' && (choice.finish_reason as string) !== '')
  );
}
