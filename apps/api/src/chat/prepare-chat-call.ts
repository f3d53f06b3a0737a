import type { CanonicalRequest, GatewayMetadata } from '@gw/providers';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requirePrincipal } from '../auth/request-principal.js';
import { createCallRecorder, type CallRecorder } from '../call-log/create-call-recorder.js';
import type { ChatDependencies } from './chat-dependencies.js';

export interface PreparedChatCall {
  /** The request as the router gets it: an alias replaced by its target; no model (or `auto`) means routed. */
  request: CanonicalRequest;
  /** Set for an explicit model: the catalog id of its first deployment (known before any upstream call). */
  explicitModel?: string;
  /** Adds the alias that led to the answer to its `gw` metadata. */
  decorate(gw: GatewayMetadata): GatewayMetadata;
  routeOptions: { signal: AbortSignal; requestId: string };
  signal: AbortSignal;
  recorder: CallRecorder;
}

/**
 * Everything before the upstream call, shared by both chat formats: the caller, the call log recorder (one row per
 * request), an abort signal tied to the client's connection, and alias resolution (user, then global).
 */
export function startChatCall(dependencies: ChatDependencies, request: FastifyRequest, reply: FastifyReply, requestedModel: string | undefined): {
  recorder: CallRecorder;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  prepare(body: CanonicalRequest): Promise<PreparedChatCall>;
} {
  const principal = requirePrincipal(request);
  const recorder = createCallRecorder(dependencies.callLog, {
    requestId: request.id,
    principal,
    requestedModel: requestedModel === undefined || requestedModel === '' ? 'auto' : requestedModel,
    logger: dependencies.logger,
  });
  // A client that goes away aborts the upstream call.
  const controller = new AbortController();
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return {
    recorder,
    signal: controller.signal,
    async prepare(body) {
      const routed = body.model === undefined || body.model === 'auto';
      const resolution = routed ? undefined : await dependencies.registry.resolve(body.model!, principal.ownerId);
      const aliasInfo: Partial<GatewayMetadata> = resolution && resolution.kind !== 'model' ? { alias: resolution.alias, aliasScope: resolution.kind } : {};
      const routerRequest: CanonicalRequest = resolution ? { ...body, model: resolution.model } : body;
      let explicitModel: string | undefined;
      if (resolution) {
        // Unknown models fail here with a 404, before any header is sent.
        const first = dependencies.providers.resolveModel(resolution.model)[0]!;
        explicitModel = first.id;
        recorder.attribute({ provider: first.provider, model: first.id, tier: first.tier });
      } else {
        // Planned again only if the call fails without naming a deployment (the hot path never pays for it).
        recorder.attribute(() => {
          const planned = dependencies.router.plan(routerRequest).steps[0]?.deployments[0]?.model;
          return planned && { provider: planned.provider, model: planned.id, tier: planned.tier };
        });
      }
      return {
        request: routerRequest,
        ...(explicitModel === undefined ? {} : { explicitModel }),
        decorate: (gw) => ({ ...gw, ...aliasInfo }),
        routeOptions: { signal: controller.signal, requestId: request.id },
        signal: controller.signal,
        recorder,
      };
    },
  };
}
