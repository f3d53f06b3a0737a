import type { ServerResponse } from 'node:http';
import type { MockState } from './mock-state.js';
import type { ParsedBody } from './read-request-body.js';
import { sendJson } from './send-json.js';

export type ControlRoute = 'control-requests' | 'control-reset' | 'control-rules' | 'control-health';

/** The `/__mock/*` endpoints: what a test or a demo uses to drive the mock from another process. */
export function handleControlRequest(route: ControlRoute, response: ServerResponse, body: ParsedBody, state: MockState): void {
  switch (route) {
    case 'control-requests':
      return sendJson(response, 200, state.log.list());
    case 'control-reset':
      state.reset();
      return sendJson(response, 200, { ok: true });
    case 'control-health':
      return sendJson(response, 200, { status: 'ok' });
    case 'control-rules': {
      const rules = body.ok ? body.value : undefined;
      if (!Array.isArray(rules) || !rules.every((rule) => typeof rule === 'string')) {
        return sendJson(response, 400, {
          error: { message: 'Send a JSON array of directive strings, for example ["status=429 times=1"].', type: 'invalid_request_error', param: null, code: null },
        });
      }
      state.setRules(rules);
      return sendJson(response, 200, { ok: true, rules });
    }
  }
}
