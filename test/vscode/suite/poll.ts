// Waiting for the language server without fixed sleeps: probe until a condition holds or a deadline passes,
// and then fail with what was awaited and what was last seen.

export interface PollOptions {
  readonly timeoutMs?: number;
  /** Describes the state at the deadline, for the failure message. */
  readonly lastSeen?: () => string;
}

const defaultTimeoutMs = 30_000;
const intervalMs = 100;

/** Resolves with the first value the probe returns that is not undefined. */
export async function pollUntil<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  options: PollOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;   // for example a provider that is not registered yet: keep polling
    }
    if (Date.now() >= deadline) break;
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
  const details = [
    options.lastSeen ? `last seen: ${options.lastSeen()}` : '',
    lastError !== undefined ? `last error: ${String(lastError)}` : '',
  ].filter(Boolean).join('; ');
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}${details ? ` (${details})` : ''}`);
}

/** Fails if the promise has not settled by the deadline. */
export async function withDeadline<T>(promise: Thenable<T>, what: string, timeoutMs = defaultTimeoutMs): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
