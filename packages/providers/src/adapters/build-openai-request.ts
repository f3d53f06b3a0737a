import type { AdapterCall } from './provider-adapter.js';

const defaultUserAgent = 'gw/0.1';

function trimSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

/** URL, headers and body for an OpenAI-format upstream: OpenAI, Azure OpenAI, OpenRouter, local or compatible servers. */
export function buildOpenAiRequest(call: AdapterCall, stream: boolean): { url: string; headers: Record<string, string>; body: string } {
  const config = call.provider.config;
  const apiKey = call.provider.apiKey;
  const base = trimSlash(config.baseURL);
  const isAzure = config.kind === 'azure';
  const url = isAzure
    ? `${base}/openai/deployments/${encodeURIComponent(call.model.upstreamModel)}/chat/completions?api-version=${encodeURIComponent(config.apiVersion ?? '')}`
    : `${base}/chat/completions`;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: stream ? 'text/event-stream' : 'application/json',
    'user-agent': defaultUserAgent,
  };
  if (apiKey) {
    if (isAzure) headers['api-key'] = apiKey;
    else headers.authorization = `Bearer ${apiKey}`;
  }
  if (config.organization) headers['openai-organization'] = config.organization;
  if (config.project) headers['openai-project'] = config.project;
  if (config.referer) headers['http-referer'] = config.referer;
  if (config.title) headers['x-title'] = config.title;
  if (config.headers) Object.assign(headers, config.headers);
  if (call.headers) Object.assign(headers, call.headers);

  const { gw: _gatewayExtras, ...request } = call.request as typeof call.request & { gw?: unknown };
  const body: Record<string, unknown> = { ...request, model: call.model.upstreamModel };
  if (isAzure) delete body.model;
  // OpenAI's reasoning models reject max_tokens; clients written for older models still send it.
  const officialOpenAi = config.kind === undefined || config.kind === 'openai' || isAzure;
  if (officialOpenAi && call.model.capabilities.includes('reasoning') && body.max_tokens != null && body.max_completion_tokens == null) {
    body.max_completion_tokens = body.max_tokens;
    delete body.max_tokens;
  }
  if (stream) {
    body.stream = true;
    if (config.streamUsage !== false) body.stream_options = { ...request.stream_options, include_usage: true };
  } else {
    delete body.stream;
    delete body.stream_options;
  }
  return { url, headers, body: JSON.stringify(body) };
}
