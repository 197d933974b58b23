// Waits for the page to catch up: the webview draws a state a few milliseconds after the session posts it.
// Retries an assertion until it passes or the time is up, then throws its last failure (the useful message).
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(resolve => setTimeout(resolve, 25));
    }
  }
}
