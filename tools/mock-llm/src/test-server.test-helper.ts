import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { MockLlm } from './mock-llm-types.js';
import { startMockLlm } from './start-mock-llm.js';

/** Starts one mock for the file (port 0), resets it before each test, closes it at the end. */
export function useMockLlm(): { readonly current: MockLlm } {
  const holder: { current?: MockLlm } = {};
  beforeAll(async () => {
    holder.current = await startMockLlm();
  });
  beforeEach(() => holder.current?.reset());
  afterAll(async () => {
    await holder.current?.close();
  });
  return {
    get current(): MockLlm {
      if (holder.current === undefined) throw new Error('The mock LLM is not started yet.');
      return holder.current;
    },
  };
}

export interface RawBody {
  text: string;
  /** Set when the connection broke before the body ended. */
  error: Error | undefined;
}

/** Reads a fetch response body to the end, keeping what arrived before any connection error. */
export async function readRawBody(response: Response): Promise<RawBody> {
  const decoder = new TextDecoder();
  let text = '';
  if (response.body === null) return { text, error: undefined };
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text: text + decoder.decode(), error: undefined };
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return { text, error: error as Error };
  }
}

/** The SSE events of a raw body, as written (without the blank line that ends each). */
export function splitSseEvents(text: string): string[] {
  return text.split('\n\n').filter((event) => event !== '');
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}
