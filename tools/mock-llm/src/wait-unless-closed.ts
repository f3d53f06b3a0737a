import { setTimeout as sleep } from 'node:timers/promises';

/** Waits `milliseconds`; false when the client went away first (the timer is cleared, nothing lingers). */
export async function waitUnlessClosed(milliseconds: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  if (milliseconds <= 0) return true;
  try {
    await sleep(milliseconds, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}
