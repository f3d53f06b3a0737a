import type { KeyService } from '@gw/mapping-registry';
import type { onRequestAsyncHookHandler } from 'fastify';
import { readApiKey } from './read-api-key.js';
import './request-principal.js';

/**
 * An `onRequest` hook that authenticates every route not marked `config: { public: true }` and sets
 * `request.principal`. Failures are 401 errors for the server's error handler. Reusable by any route file.
 */
export function createAuthHook(keys: Pick<KeyService, 'authenticate'>): onRequestAsyncHookHandler {
  return async (request) => {
    if (request.routeOptions.config?.public) return;
    request.principal = await keys.authenticate(readApiKey(request.headers));
  };
}
