import { readEnvironmentText, readEnvironmentUrl, type Environment } from './read-environment-variable.js';

export interface ProxyVariables {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

/**
 * HTTP_PROXY / HTTPS_PROXY / NO_PROXY (either case), validated so a typo fails at start naming the variable.
 * Kept apart from the dispatcher module so loading config does not load the HTTP client.
 */
export function readProxyVariables(environment: Environment): ProxyVariables | undefined {
  const pick = (upper: string, lower: string) => (readEnvironmentText(environment, upper) !== undefined ? upper : lower);
  const httpName = pick('HTTP_PROXY', 'http_proxy');
  const httpsName = pick('HTTPS_PROXY', 'https_proxy');
  const httpProxy = readEnvironmentUrl(environment, httpName) ? readEnvironmentText(environment, httpName) : undefined;
  const httpsProxy = readEnvironmentUrl(environment, httpsName) ? readEnvironmentText(environment, httpsName) : undefined;
  if (!httpProxy && !httpsProxy) return undefined;
  const noProxy = readEnvironmentText(environment, pick('NO_PROXY', 'no_proxy'));
  return { ...(httpProxy ? { httpProxy } : {}), ...(httpsProxy ? { httpsProxy } : {}), ...(noProxy ? { noProxy } : {}) };
}
