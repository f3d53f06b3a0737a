export interface MockLlmOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Default wait between stream events; the `chunk_delay` directive overrides it. */
  chunkDelayMs?: number;
  /** Directive groups applied to every request, as if set with `setRules`. */
  rules?: string[];
}

export interface RecordedRequest {
  method: string;
  /** The path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The parsed JSON body, or the raw text when it is not JSON ('' when there is none). */
  body: unknown;
  receivedAt: number;
}

export interface MockLlm {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  port: number;
  requests(): RecordedRequest[];
  lastRequest(): RecordedRequest | undefined;
  /** Clears recorded requests, rules and `times` counters. */
  reset(): void;
  /** Replaces the rules (one directive group per string). */
  setRules(rules: string[]): void;
  /** Stops listening and destroys open sockets. */
  close(): Promise<void>;
}
