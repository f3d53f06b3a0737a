import type { Principal } from '@gw/mapping-registry';
import { MappingRegistryError } from '@gw/mapping-registry';
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on every route that is not public. */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Routes marked public (only `/health` today) skip the key check. */
    public?: boolean;
  }
}

/** The caller of an authenticated route (the auth hook guarantees it; this keeps the types honest). */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new MappingRegistryError('unauthorized', 'Missing API key: send "X-API-Key: ak_…" or "Authorization: Bearer ak_…".');
  return request.principal;
}
