import type { Frequency } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const PERIOD_MS: Record<Frequency, number> = { daily: DAY, weekly: 7 * DAY };

/** A stable number in [0, 1) from an id: where in each period this link's checks fall. */
export function slotOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  // Final avalanche (MurmurHash3's fmix32): ids differing in one digit land far apart.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/** The first check: 24 to 48 hours after the win, at the link's own slot in that day. */
export function firstCheckAt(wonAt: number, id: string): number {
  return wonAt + DAY + Math.floor(slotOf(id) * DAY);
}

/**
 * The next regular check after one at `lastAt`. Each link owns a fixed offset within the period
 * (from its id), so many links spread evenly over a day or a week instead of coming due together.
 * The gap is never shorter than half a period. When the browser was closed past the due time,
 * overdue checks are spread over the next hour by the same slot, never all at once.
 */
export function nextCheckAt(lastAt: number, frequency: Frequency, id: string, now: number): number {
  const period = PERIOD_MS[frequency];
  const offset = Math.floor(slotOf(id) * period);
  const earliest = lastAt + period / 2;
  let next = Math.floor(earliest / period) * period + offset;
  while (next < earliest) next += period;
  return next < now ? now + Math.floor(slotOf(`${id}:catch-up`) * HOUR) : next;
}
