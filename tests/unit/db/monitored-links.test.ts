import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { applyMonitorRead, HANDOVER_CHUNK, monitorWonProspects, recheckNow, watchWonProspects } from '@/lib/db/monitored-links';
import { readsFor } from '@/lib/db/read-jobs';
import { readFromTab } from '@/lib/monitor/from-tab';
import { scanHtml } from '@/lib/reader/scan-html';
import { freshDb, makeProspect } from './fixtures';

const HOUR = 3_600_000;
let db: LinkscoutDb;
afterEach(async () => {
  await db.delete();
});

const tabRead = (body: string, at: number) =>
  readFromTab(scanHtml(`<title>Post</title><main>${body}<a href="/1">1</a><a href="/2">2</a><a href="/3">3</a><a href="/4">4</a><a href="/5">5</a></main>`, 'https://blog.example/post', { ownDomains: ['mine.example'] }).scan, at);

describe('monitored links in the database', () => {
  it('a won prospect gets a monitored link with its link to my site, first checked 24–48 h after the win', async () => {
    db = freshDb();
    await db.prospects.add(makeProspect('https://blog.example/post', {
      id: 'p1', status: 'won', linksToMySite: [{ url: 'https://mine.example/guide', anchorText: 'guide', rel: [] }],
      history: [{ kind: 'status', at: 10 * HOUR, from: 'replied', to: 'won' }],
    }));
    await db.prospects.add(makeProspect('https://other.example/', { id: 'p2', status: 'contacted' }));
    const [link] = await monitorWonProspects(db, 11 * HOUR);
    expect(await monitorWonProspects(db, 12 * HOUR)).toEqual([]); // once per prospect
    expect(link).toMatchObject({ prospectId: 'p1', pageUrl: 'https://blog.example/post', expected: { targetUrl: 'https://mine.example/guide', anchorText: 'guide' }, state: 'pending', frequency: 'weekly' });
    expect(link?.nextCheckAt).toBeGreaterThanOrEqual(34 * HOUR);
    expect(link?.nextCheckAt).toBeLessThan(58 * HOUR);
    const [job] = await readsFor(db, 'monitor', link?.id ?? '');
    expect(job).toMatchObject({ state: 'queued', dueAt: link?.nextCheckAt, url: 'https://blog.example/post' });
  });

  it('applies a read: state, history, next check queued; a change adds to the prospect history', async () => {
    db = freshDb();
    await db.prospects.add(makeProspect('https://blog.example/post', { id: 'p1', status: 'won', linksToMySite: [{ url: 'https://mine.example/guide', anchorText: 'guide', rel: [] }] }));
    const [link] = await monitorWonProspects(db, 0);
    const id = link?.id ?? '';
    const live = await applyMonitorRead(db, id, tabRead('<a href="https://mine.example/guide">guide</a>', 50 * HOUR), 50 * HOUR, 'tab');
    expect(live?.link).toMatchObject({ state: 'live', firstSeenAt: 50 * HOUR });
    expect(live?.link.history[0]).toMatchObject({ outcome: 'live', via: 'tab' });
    const changed = await applyMonitorRead(db, id, tabRead('<a href="https://mine.example/guide">click here</a>', 60 * HOUR), 60 * HOUR);
    expect(changed?.transition.notify).toBe(true);
    expect(changed?.link.state).toBe('changed');
    expect(changed?.link.change).toContain('anchor: "guide" → "click here"');
    const prospect = await db.prospects.get('p1');
    expect(prospect?.history.at(-1)).toMatchObject({ kind: 'note', field: 'Monitoring' });
    const queued = (await readsFor(db, 'monitor', id)).filter((j) => j.state === 'queued');
    expect(queued).toHaveLength(1);
    expect(queued[0]?.dueAt).toBe(changed?.link.nextCheckAt);
    await recheckNow(db, { id, pageUrl: 'https://blog.example/post' }, 61 * HOUR);
    expect((await readsFor(db, 'monitor', id)).filter((j) => j.state === 'queued').map((j) => j.dueAt)).toEqual([61 * HOUR]);
  });

  it('a read moves the check an earlier read queued to the new schedule (the link and its queued check agree)', async () => {
    db = freshDb();
    await db.prospects.add(makeProspect('https://blog.example/post', { id: 'p1', status: 'won', linksToMySite: [{ url: 'https://mine.example/guide', anchorText: 'guide', rel: [] }] }));
    const [link] = await monitorWonProspects(db, 0);
    const id = link?.id ?? '';
    await applyMonitorRead(db, id, tabRead('<a href="https://mine.example/guide">guide</a>', 50 * HOUR), 50 * HOUR, 'tab');
    // The schedule the first read set falls before the one the next read will set (as it does
    // when the link's slot in the week lies between the two reads' half-week marks).
    const [first] = (await readsFor(db, 'monitor', id)).filter((j) => j.state === 'queued');
    await db.readJobs.update(first?.id ?? '', { dueAt: 61 * HOUR });
    const again = await applyMonitorRead(db, id, tabRead('<a href="https://mine.example/guide">guide</a>', 60 * HOUR), 60 * HOUR, 'tab');
    const queued = (await readsFor(db, 'monitor', id)).filter((j) => j.state === 'queued');
    expect(queued.map((j) => j.dueAt)).toEqual([again?.link.nextCheckAt]);
    expect(again?.link.nextCheckAt).toBeGreaterThan(61 * HOUR);
  });

  it('a won page that never showed a link to my site learns it on the first check', async () => {
    db = freshDb();
    await db.prospects.add(makeProspect('https://blog.example/post', { id: 'p1', status: 'won' }));
    const [link] = await monitorWonProspects(db, 0);
    const applied = await applyMonitorRead(db, link?.id ?? '', tabRead('<a href="https://mine.example/x">Mine</a>', HOUR), HOUR);
    expect(applied?.link).toMatchObject({ state: 'live', expected: { targetUrl: 'https://mine.example/x', anchorText: 'Mine' } });
  });

  it('hands thousands of won prospects over in steps, one link and one queued check each, even when two callers run at once', async () => {
    db = freshDb();
    const count = HANDOVER_CHUNK * 2 + 37;
    await db.prospects.bulkAdd(Array.from({ length: count }, (_, i) => makeProspect(`https://site${i}.example/post`, { id: `w${i}`, status: 'won' })));
    await db.prospects.add(makeProspect('https://open.example/', { id: 'open', status: 'contacted' }));
    const [a, b] = await Promise.all([monitorWonProspects(db, 0), monitorWonProspects(db, 0)]);
    expect((a?.length ?? 0) + (b?.length ?? 0)).toBe(count);
    const links = await db.monitoredLinks.toArray();
    expect(links).toHaveLength(count);
    expect(new Set(links.map((l) => l.prospectId)).size).toBe(count);
    expect(links.some((l) => l.prospectId === 'open')).toBe(false);
    const jobs = await db.readJobs.where('purpose').equals('monitor').toArray();
    expect(jobs).toHaveLength(count);
    expect(new Set(jobs.map((j) => j.ref))).toEqual(new Set(links.map((l) => l.id)));
    expect(await monitorWonProspects(db, 0)).toEqual([]);
  });

  it('the watch calls back when it starts and when a prospect becomes won, not on other writes to won prospects', async () => {
    db = freshDb();
    await db.prospects.add(makeProspect('https://blog.example/post', { id: 'p1', status: 'won' }));
    await db.prospects.add(makeProspect('https://other.example/', { id: 'p2', status: 'replied' }));
    let calls = 0;
    const emitted: string[] = [];
    const stop = watchWonProspects(db, () => (calls += 1), (e) => emitted.push(String(e)));
    try {
      await vi.waitFor(() => expect(calls).toBe(1));
      await db.prospects.update('p1', { notes: 'a note on a won prospect' });
      await db.prospects.update('p2', { notes: 'not won yet' });
      // Give the watch time to re-run after both writes: it must not call back.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(calls).toBe(1);
      await db.prospects.update('p2', { status: 'won' });
      await vi.waitFor(() => expect(calls).toBe(2));
      await db.prospects.update('p1', { status: 'lost' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(calls).toBe(2);
      expect(emitted).toEqual([]);
    } finally {
      stop();
    }
  });
});
