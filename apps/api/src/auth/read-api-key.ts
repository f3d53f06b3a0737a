import type { IncomingHttpHeaders } from 'node:http';

/** The key from `X-API-Key: ak_…` or `Authorization: Bearer ak_…` (X-API-Key wins when both are sent). */
export function readApiKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers['x-api-key'];
  const direct = Array.isArray(header) ? header[0] : header;
  if (direct !== undefined && direct.trim() !== '') return direct.trim();
  const authorization = headers.authorization;
  if (authorization === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match ? match[1] : authorization.trim();
}
