export interface ProbeResult {
  status: 'up' | 'down';
  latencyMs: number;
  /** `timeout` or `unreachable`: never the driver's message (it may name hosts or users). */
  error?: 'timeout' | 'unreachable';
}

/** Runs one dependency check, bounded by `timeoutMs`. */
export async function probeWithTimeout(check: () => Promise<unknown>, timeoutMs: number): Promise<ProbeResult> {
  const startedAt = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([check().then(() => 'up' as const), timedOut]);
    const latencyMs = Math.round(performance.now() - startedAt);
    return outcome === 'up' ? { status: 'up', latencyMs } : { status: 'down', latencyMs, error: 'timeout' };
  } catch {
    return { status: 'down', latencyMs: Math.round(performance.now() - startedAt), error: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
