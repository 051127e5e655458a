// Which follow-ups are due, read incrementally: a recent look reads only what changed since, and
// anything it cannot see (a deletion, a restored old record, a large import, a day gone by) makes
// it walk every due date again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import * as lookups from '@/lib/db/prospect-lookups';
import { CHANGED_LIMIT, dueFollowUps, FULL_EVERY_MS, readDueCheck } from '@/lib/jobs/reminder-due';
import type { Prospect } from '@/lib/schemas/prospect';
import { freshDb, makeProspect } from '../db/fixtures';

const NOW = 1_800_000_000_000;
const LAST = { at: NOW - 5 * 60_000, fullAt: NOW - 60 * 60_000 };
let db: LinkscoutDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** A prospect last written at `writtenAt` whose follow-up is `followUpAt`. */
const saved = (n: number, followUpAt: number | null, writtenAt = NOW - 86_400_000): Prospect =>
  makeProspect(`https://due${n}-example.com/`, { id: `p${n}`, followUpAt, updatedAt: writtenAt, createdAt: writtenAt });

/** Everything due, as the full walk sees it. */
const truth = () => lookups.dueFollowUpDates(db, NOW);

describe('dueFollowUps', () => {
  it('walks every due date on the first run, once a day, and when the clock went back', async () => {
    await db.prospects.bulkAdd([saved(1, NOW - 1000), saved(2, NOW + 1000)]);
    for (const last of [null, { at: NOW - 1000, fullAt: NOW - FULL_EVERY_MS }, { at: NOW + 60_000, fullAt: NOW }]) {
      expect(await dueFollowUps(db, NOW, {}, last)).toEqual({ due: new Map([['p1', NOW - 1000]]), full: true });
    }
  });

  it('with a recent look, reads only what changed: dates come since, prospects written since; no walk', async () => {
    await db.prospects.bulkAdd([
      saved(1, NOW - 86_400_000), // handled before, unchanged
      saved(2, NOW - 60_000), // came due since the last look
      saved(3, NOW + 86_400_000, NOW - 1000), // was due and handled; moved to the future since
      saved(4, NOW - 10 * 86_400_000, NOW - 1000), // given a past date since
      saved(5, NOW + 1000), // not due
    ]);
    const walk = vi.spyOn(lookups, 'dueFollowUpDates');
    const { due, full } = await dueFollowUps(db, NOW, { p1: NOW - 86_400_000, p3: NOW - 3 * 86_400_000 }, LAST);
    // The only read of the due dates was the range since the last look.
    expect(walk.mock.calls.map((c) => c[2])).toEqual([LAST.at]);
    expect(full).toBe(false);
    expect([...due]).toEqual([...(await truth())]);
    expect([...due.keys()]).toEqual(['p4', 'p1', 'p2']);
  });

  it('sees what the quick look cannot by the count: a deleted prospect, a restored one with its old write date', async () => {
    await db.prospects.bulkAdd([saved(1, NOW - 86_400_000), saved(2, NOW - 86_400_000)]);
    const handled = { p1: NOW - 86_400_000, p2: NOW - 86_400_000 };
    await db.prospects.delete('p2');
    expect(await dueFollowUps(db, NOW, handled, LAST)).toEqual({ due: await truth(), full: true });
    await db.prospects.add(saved(3, NOW - 2 * 86_400_000, NOW - 30 * 86_400_000));
    const restored = await dueFollowUps(db, NOW, { p1: NOW - 86_400_000 }, LAST);
    expect(restored.full).toBe(true);
    expect([...restored.due.keys()]).toEqual(['p3', 'p1']);
  });

  it('walks instead of reading the records of a large import', async () => {
    await db.prospects.bulkAdd(Array.from({ length: CHANGED_LIMIT + 1 }, (_, i) => saved(i, i % 2 ? NOW - 1000 : null, NOW - 1000)));
    const read = vi.spyOn(lookups, 'prospectsByIds');
    const { due, full } = await dueFollowUps(db, NOW, {}, LAST);
    expect(full).toBe(true);
    expect(due.size).toBe(CHANGED_LIMIT / 2);
    expect(read).not.toHaveBeenCalled();
  });
});

describe('readDueCheck', () => {
  it('reads a stored look back, and anything else as none', () => {
    expect(readDueCheck({ at: 5, fullAt: 3 })).toEqual({ at: 5, fullAt: 3 });
    for (const bad of [undefined, null, 'x', { at: '5', fullAt: 3 }, { at: 5 }]) expect(readDueCheck(bad)).toBeNull();
  });
});
