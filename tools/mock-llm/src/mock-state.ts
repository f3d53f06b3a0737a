import { createRequestLog } from './request-log.js';
import type { RequestLog } from './request-log.js';
import { createDirectiveResolver } from './resolve-directives.js';
import type { DirectiveResolver } from './resolve-directives.js';

/** What one mock server remembers between requests. */
export interface MockState {
  readonly log: RequestLog;
  readonly resolver: DirectiveResolver;
  readonly chunkDelayMs: number;
  rules(): readonly string[];
  setRules(rules: readonly string[]): void;
  reset(): void;
  /** Numbers the responses: ids, tool call ids and request ids share it. */
  nextResponseNumber(): number;
}

export function createMockState(options: { chunkDelayMs?: number; rules?: readonly string[] }): MockState {
  const log = createRequestLog();
  const resolver = createDirectiveResolver();
  let rules: readonly string[] = [...(options.rules ?? [])];
  let responseNumber = 0;
  return {
    log,
    resolver,
    chunkDelayMs: options.chunkDelayMs ?? 0,
    rules: () => rules,
    setRules(next) {
      rules = [...next];
      // Setting a rule again must give it a fresh `times` budget.
      resolver.clearCounters(rules);
    },
    reset() {
      log.clear();
      rules = [];
      resolver.clearCounters();
    },
    nextResponseNumber: () => {
      responseNumber += 1;
      return responseNumber;
    },
  };
}
