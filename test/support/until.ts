/**
 * Polls `probe` every 20 ms until it answers something other than undefined or false, and answers that; fails
 * naming `what` after `timeoutMs`. For waiting on work the service does in the background (deliveries, workers).
 */
export async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
