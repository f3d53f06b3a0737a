import type { FastifyInstance } from 'fastify';

/** `GET /health`: no key needed; says the process is up and which storage it runs on. */
export function registerHealthRoute(server: FastifyInstance, info: Record<string, unknown>): void {
  server.get('/health', { config: { public: true } }, async () => ({ status: 'ok', ...info }));
}
