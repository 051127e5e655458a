import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LinkscoutDb } from '@/lib/db/database';
import { HANDOVER_KEY, wireMonitoring } from '@/lib/jobs/monitor-wiring';
import { HANDOVER_RECHECK_MS } from '@/lib/monitor/handover';
import { freshDb, makeProspect } from '../db/fixtures';

let db: LinkscoutDb;
const stops: (() => void)[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});
afterEach(async () => {
  stops.splice(0).forEach((stop) => stop());
  await db.delete();
});

const linkedProspects = async () => (await db.monitoredLinks.toArray()).map((l) => l.prospectId).sort();
const won = (id: string) => makeProspect(`https://${id}.example/post`, { id, status: 'won' });
/** A background start at `at`: wires monitoring as the service worker does. */
const start = (at: number, wake = vi.fn()) => {
  stops.push(wireMonitoring(db, wake, () => at));
  return wake;
};

describe('wireMonitoring', () => {
  it('hands won prospects over when it starts, and records when it looked', async () => {
    await db.prospects.add(won('p1'));
    const wake = start(1_000_000);
    await vi.waitFor(() => expect(wake).toHaveBeenCalled());
    expect(await linkedProspects()).toEqual(['p1']);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(HANDOVER_KEY))[HANDOVER_KEY]).toBe(1_000_000));
  });

  it('a start within ten minutes of the last look skips it; a later start hands over what was won meanwhile', async () => {
    await fakeBrowser.storage.local.set({ [HANDOVER_KEY]: 1_000_000 });
    // Won while the background slept: no watch saw it.
    await db.prospects.add(won('p2'));
    start(1_000_000 + HANDOVER_RECHECK_MS - 60_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await linkedProspects()).toEqual([]);
    stops.splice(0).forEach((stop) => stop());
    start(1_000_000 + HANDOVER_RECHECK_MS);
    await vi.waitFor(async () => expect(await linkedProspects()).toEqual(['p2']));
  });

  it('while it runs, a prospect that becomes won gets its link at once, even right after a look', async () => {
    await fakeBrowser.storage.local.set({ [HANDOVER_KEY]: 1_000_000 });
    await db.prospects.add(makeProspect('https://p3.example/post', { id: 'p3', status: 'replied' }));
    const wake = start(1_000_000 + 1_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await db.prospects.update('p3', { status: 'won' });
    await vi.waitFor(async () => expect(await linkedProspects()).toEqual(['p3']));
    expect(wake).toHaveBeenCalled();
  });
});
