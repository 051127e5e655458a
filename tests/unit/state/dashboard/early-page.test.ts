import { describe, expect, it } from 'vitest';
import { earlyPage, type EarlySource } from '@/lib/state/dashboard/early-page';
import { createDashboardState } from '@/lib/state/dashboard/state';
import { watchDashboard } from '@/lib/state/dashboard/live';
import { deriveFields } from '@/lib/db/derived';
import { freshDb, makeProspect } from '../../db/fixtures';

/** A window-like source on which the early read can be left and announced later. */
function source(value?: unknown) {
  const target = new EventTarget() as EventTarget & EarlySource;
  target.linkscoutFirstPage = value;
  const arrive = (read: unknown) => {
    target.linkscoutFirstPage = read;
    target.dispatchEvent(new Event('linkscout-first-page'));
  };
  return { target, arrive };
}

const rowsOf = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => { const p = makeProspect(`https://e.test/${i + offset}`, { id: `e${i + offset}`, updatedAt: 1_000 - i - offset }); return { ...p, ...deriveFields(p) }; });
const read = (rows: unknown[], version = 120, count = 51) => ({ version, count, rows });

describe('earlyPage', () => {
  it('gives the page once, without the index-only fields, and says whether more follow', () => {
    const { target } = source(read(rowsOf(51)));
    const early = earlyPage(target, 12);
    const got = early.take();
    expect(got?.rows).toHaveLength(50);
    expect(got?.more).toBe(true);
    expect(got?.rows[0]).not.toHaveProperty('words');
    expect(got?.rows[0]).toEqual(makeProspect('https://e.test/0', { id: 'e0', updatedAt: 1_000 }));
    expect(early.take()).toBeNull();
    expect(earlyPage(source(read(rowsOf(3))).target, 12).take()?.more).toBe(false);
  });

  it('ignores a page read at another schema version, for another page size, or of another shape', () => {
    expect(earlyPage(source(read(rowsOf(51), 110)).target, 12).take()).toBeNull();
    expect(earlyPage(source(read(rowsOf(51), 120, 101)).target, 12).take()).toBeNull();
    expect(earlyPage(source(read([{ id: 1 }])).target, 12).take()).toBeNull();
    expect(earlyPage(source('nonsense').target, 12).take()).toBeNull();
    expect(earlyPage(source().target, 12).take()).toBeNull();
  });
});

describe('the dashboard opening on the early page', () => {
  it('shows the early rows before its own read answers, then follows the store', async () => {
    const db = freshDb();
    await db.prospects.bulkAdd([makeProspect('https://live.test/', { id: 'live', updatedAt: 5 })]);
    const { target } = source(read(rowsOf(2), db.verno * 10));
    const state = createDashboardState();
    const stop = watchDashboard(state, db, earlyPage(target, db.verno));
    // At once, before any read of this page's own: the early rows, not busy.
    expect(state.rows.value.map((r) => r.id)).toEqual(['e0', 'e1']);
    expect(state.refreshing.value).toBe(false);
    // The live read takes over with the store as it is now.
    await expect.poll(() => state.rows.value.map((r) => r.id)).toEqual(['live']);
    stop();
  });

  it('takes early rows that arrive after the page started, unless its own read answered first', async () => {
    const db = freshDb();
    await db.prospects.bulkAdd([makeProspect('https://live.test/', { id: 'live', updatedAt: 5 })]);
    const late = source();
    const state = createDashboardState();
    const stop = watchDashboard(state, db, earlyPage(late.target, db.verno));
    expect(state.table.value.phase).toBe('loading');
    late.arrive(read(rowsOf(2), db.verno * 10));
    expect(state.rows.value.map((r) => r.id)).toEqual(['e0', 'e1']);
    await expect.poll(() => state.rows.value.map((r) => r.id)).toEqual(['live']);
    // Arriving after the live read: ignored.
    late.arrive(read(rowsOf(2, 10), db.verno * 10));
    expect(state.rows.value.map((r) => r.id)).toEqual(['live']);
    stop();
  });

  it('uses no early rows for a filtered or re-sorted opening (#follow-ups, say)', async () => {
    const db = freshDb();
    const { target } = source(read(rowsOf(2), db.verno * 10));
    const state = createDashboardState();
    state.filters.value = { ...state.filters.value, status: 'won' };
    const stop = watchDashboard(state, db, earlyPage(target, db.verno));
    expect(state.table.value.phase).toBe('loading');
    await expect.poll(() => state.table.value.phase).toBe('ready');
    expect(state.rows.value).toEqual([]);
    stop();
  });
});
