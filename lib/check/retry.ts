/**
 * When to try again: Retry-After parsing and exponential backoff with jitter.
 */

/**
 * Milliseconds a Retry-After header asks for, or null when absent or unreadable. The header is
 * either delta-seconds or an HTTP date; a date in the past means "now".
 */
export function retryAfterMs(header: string | undefined, now: number): number | null {
  if (header === undefined) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null; // "1.5" or "-3" are neither form
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Delay before retry number `retry` (1-based): base·2^(retry-1), with "equal jitter" (half fixed,
 * half random) so many links failing together do not come back in lockstep.
 */
export function backoffMs(retry: number, baseMs: number, random: () => number): number {
  const full = baseMs * 2 ** Math.max(0, retry - 1);
  return Math.round(full / 2 + (full / 2) * random());
}
