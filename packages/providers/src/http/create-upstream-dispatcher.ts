import { Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici';

export interface ProxySettings {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

/** Reads HTTP_PROXY / HTTPS_PROXY / NO_PROXY (either case), as curl and most tools do. */
export function readProxySettings(environment: Record<string, string | undefined>): ProxySettings | undefined {
  const httpProxy = environment.HTTP_PROXY ?? environment.http_proxy;
  const httpsProxy = environment.HTTPS_PROXY ?? environment.https_proxy;
  const noProxy = environment.NO_PROXY ?? environment.no_proxy;
  if (!httpProxy && !httpsProxy) return undefined;
  return { httpProxy, httpsProxy, noProxy };
}

/**
 * One keep-alive connection pool for all upstream calls. A proxy agent only when a proxy is configured,
 * because the plain agent is measurably cheaper per request.
 */
export function createUpstreamDispatcher(proxy: ProxySettings | undefined): Dispatcher {
  const common = { keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000, connections: 256, pipelining: 1 };
  if (!proxy) return new Agent(common);
  return new EnvHttpProxyAgent({
    ...common,
    httpProxy: proxy.httpProxy,
    httpsProxy: proxy.httpsProxy ?? proxy.httpProxy,
    noProxy: proxy.noProxy ?? '',
  });
}
