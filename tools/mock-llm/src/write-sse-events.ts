import type { ServerResponse } from 'node:http';
import { waitUnlessClosed } from './wait-unless-closed.js';

export interface StreamFaults {
  chunkDelayMs: number;
  /** Destroy the socket after this many events. */
  cutAfter: number | undefined;
  /** Write `malformedEvent` after this many events, then end without a terminator. */
  malformedAfter: number | undefined;
  /** Write `errorEvent` after this many events, then end without a terminator. */
  errorEventAfter: number | undefined;
  malformedEvent: string;
  errorEvent: string;
}

type Fault = 'cut' | 'malformed' | 'error-event';

function faultAt(written: number, faults: StreamFaults): Fault | undefined {
  if (written === faults.cutAfter) return 'cut';
  if (written === faults.malformedAfter) return 'malformed';
  if (written === faults.errorEventAfter) return 'error-event';
  return undefined;
}

function closed(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function write(response: ServerResponse, text: string): Promise<void> {
  return new Promise((resolve) => response.write(text, () => resolve()));
}

async function finish(response: ServerResponse, fault: Fault | undefined, faults: StreamFaults, lastWrite: Promise<void>, signal: AbortSignal): Promise<void> {
  if (fault === 'cut') {
    // Let the events already written reach the client before the connection drops.
    await Promise.race([lastWrite, closed(signal)]);
    response.destroy();
  } else if (fault === 'malformed') {
    response.end(faults.malformedEvent);
  } else if (fault === 'error-event') {
    response.end(faults.errorEvent);
  } else {
    response.end();
  }
}

/** Writes SSE events (headers already sent), waiting between them and breaking the stream where asked. */
export async function writeSseEvents(response: ServerResponse, events: readonly string[], faults: StreamFaults, signal: AbortSignal): Promise<void> {
  if (faults.chunkDelayMs <= 0) {
    // Without a delay, one write carries every event up to the fault: far fewer syscalls under load.
    let count = 0;
    while (count < events.length && faultAt(count, faults) === undefined) count += 1;
    const lastWrite = count > 0 ? write(response, events.slice(0, count).join('')) : Promise.resolve();
    return finish(response, faultAt(count, faults), faults, lastWrite, signal);
  }

  let lastWrite: Promise<void> = Promise.resolve();
  for (let written = 0; written <= events.length; written += 1) {
    const fault = faultAt(written, faults);
    if (written === events.length && fault === undefined) break;
    if (written > 0 && !(await waitUnlessClosed(faults.chunkDelayMs, signal))) return;
    if (response.destroyed) return;
    if (fault !== undefined) return finish(response, fault, faults, lastWrite, signal);
    lastWrite = write(response, events[written] ?? '');
  }
  response.end();
}
