/** How recent a look for won prospects without a monitored link lets a starting background skip it. */
export const HANDOVER_RECHECK_MS = 10 * 60_000;

/**
 * Whether a starting background looks for won prospects that have no monitored link yet. It starts
 * for every event it listens to (each page load in any tab, for the badge), and the look reads the
 * key of every won prospect and of every monitored link's prospect: about 300 ms of IndexedDB work
 * with 12,600 won links, each time. A look less than ten minutes old is enough: a prospect won while
 * the background slept gets its link at a start after that, long before its first check (24–48 h
 * after the win). While the background runs, it sees each new win as it happens. A clock set back
 * makes the look due.
 */
export function handoverDueAtStart(lastAt: number | null, now: number): boolean {
  if (lastAt === null || now < lastAt) return true;
  return now - lastAt >= HANDOVER_RECHECK_MS;
}
