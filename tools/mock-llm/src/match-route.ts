export type Route =
  | { kind: 'openai-chat'; deployment?: string }
  | { kind: 'anthropic-messages' }
  | { kind: 'models' }
  | { kind: 'control-requests' }
  | { kind: 'control-reset' }
  | { kind: 'control-rules' }
  | { kind: 'control-health' }
  | { kind: 'not-found' };

const azureChatPath = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function matchRoute(method: string, path: string): Route {
  if (method === 'POST') {
    if (path === '/v1/chat/completions' || path === '/chat/completions') return { kind: 'openai-chat' };
    const azure = azureChatPath.exec(path);
    if (azure !== null) return { kind: 'openai-chat', deployment: decodeSegment(azure[1] ?? '') };
    if (path === '/v1/messages') return { kind: 'anthropic-messages' };
    if (path === '/__mock/reset') return { kind: 'control-reset' };
    if (path === '/__mock/rules') return { kind: 'control-rules' };
  }
  if (method === 'GET') {
    if (path === '/v1/models' || path === '/models') return { kind: 'models' };
    if (path === '/__mock/requests') return { kind: 'control-requests' };
    if (path === '/__mock/health') return { kind: 'control-health' };
  }
  return { kind: 'not-found' };
}
