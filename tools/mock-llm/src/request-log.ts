import type { RecordedRequest } from './mock-llm-types.js';

export interface RequestLog {
  record(entry: RecordedRequest): void;
  list(): RecordedRequest[];
  last(): RecordedRequest | undefined;
  clear(): void;
}

/** The most recent `capacity` requests, oldest first. */
export function createRequestLog(capacity = 1000): RequestLog {
  let entries: RecordedRequest[] = [];
  return {
    record(entry) {
      entries.push(entry);
      if (entries.length > capacity) entries.splice(0, entries.length - capacity);
    },
    list: () => entries.slice(),
    last: () => entries.at(-1),
    clear() {
      entries = [];
    },
  };
}
