import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { countVerdicts, createCheckJob, jobVerdicts, pendingItems, recordVerdict, unfinishedJobs } from '@/lib/db/check-jobs';
import { DEAD_CLASSES } from '@/lib/schemas/dead-classes';
import type { LinkVerdict, VerdictClass } from '@/lib/schemas/link-verdict';

const verdict = (url: string, cls: VerdictClass, checkedAt = 1000): LinkVerdict => ({
  url, class: cls, httpStatus: cls === 'ok' ? 200 : 404, finalUrl: null, hops: [], requests: [], reason: cls, checkedAt, durationMs: 5,
});

let db: LinkscoutDb;
beforeEach(() => {
  db = createLinkscoutDb(`jobs-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('check jobs', () => {
  it('a skip is kept in its job but not stored over what an earlier check found', async () => {
    const local = 'http://localhost:8080/admin';
    await db.verdicts.put(verdict(local, 'broken', 9_000));
    const job = await createCheckJob(db, { pageUrl: 'https://public.example.com/', tabId: null, urls: [local, 'http://localhost:8080/new'], force: true }, 10_000, 0);
    const [admin, fresh] = await pendingItems(db, job.id);
    await recordVerdict(db, admin!, verdict(local, 'skipped', 10_000));
    await recordVerdict(db, fresh!, verdict('http://localhost:8080/new', 'skipped', 10_000));
    expect((await db.verdicts.get(local))?.class).toBe('broken');
    // A link without an earlier result stores its skip.
    expect((await db.verdicts.get('http://localhost:8080/new'))?.class).toBe('skipped');
    const own = await jobVerdicts(db, job.id, [local, 'http://localhost:8080/new']);
    expect([...own.values()].map((v) => v.class)).toEqual(['skipped', 'skipped']);
    // A real result is stored over a skip.
    const again = await createCheckJob(db, { pageUrl: 'http://intranet/', tabId: null, urls: ['http://localhost:8080/new'], force: true }, 11_000, 0);
    const [item] = await pendingItems(db, again.id);
    await recordVerdict(db, item!, verdict('http://localhost:8080/new', 'ok', 11_000));
    expect((await db.verdicts.get('http://localhost:8080/new'))?.class).toBe('ok');
  });

  it('dedupes URLs by their fragment-less form', async () => {
    const job = await createCheckJob(db, { pageUrl: 'https://p.org/', tabId: 3, urls: ['https://a.org/x#1', 'https://a.org/x', 'https://b.org/'], force: false }, 10_000, 3600_000);
    expect(job.total).toBe(2);
    expect((await pendingItems(db, job.id)).map((i) => i.url).sort()).toEqual(['https://a.org/x', 'https://b.org/']);
  });

  it('takes fresh cached verdicts as done unless forced, and not stale ones', async () => {
    await db.verdicts.bulkPut([verdict('https://a.org/', 'ok', 9_000), verdict('https://b.org/', 'broken', 1)]);
    const job = await createCheckJob(db, { pageUrl: 'https://p.org/', tabId: null, urls: ['https://a.org/', 'https://b.org/'], force: false }, 10_000, 5_000);
    expect(job.done).toBe(1);
    expect((await pendingItems(db, job.id)).map((i) => i.url)).toEqual(['https://b.org/']);
    const forced = await createCheckJob(db, { pageUrl: 'https://p.org/', tabId: null, urls: ['https://a.org/'], force: true }, 10_000, 5_000);
    expect(forced.done).toBe(0);
  });

  it('records each verdict once, finishes the job, and caches the verdict', async () => {
    const job = await createCheckJob(db, { pageUrl: 'https://p.org/', tabId: 1, urls: ['https://a.org/', 'https://b.org/'], force: true }, 1, 0);
    const [a, b] = await pendingItems(db, job.id);
    await recordVerdict(db, a!, verdict(a!.url, 'broken'));
    const again = await recordVerdict(db, a!, verdict(a!.url, 'broken'));
    expect(again?.done).toBe(1); // a second report of the same item is not counted
    expect(again?.state).toBe('running');
    const last = await recordVerdict(db, b!, verdict(b!.url, 'ok'));
    expect(last).toMatchObject({ done: 2, total: 2, state: 'done' });
    expect(await unfinishedJobs(db)).toEqual([]);
    expect((await db.verdicts.get('https://a.org/'))?.class).toBe('broken');
    expect(await countVerdicts(db, job.id, DEAD_CLASSES)).toBe(1);
  });

  it('treats items left "running" by a stopped worker as pending', async () => {
    const job = await createCheckJob(db, { pageUrl: 'https://p.org/', tabId: 1, urls: ['https://a.org/'], force: true }, 1, 0);
    const [item] = await pendingItems(db, job.id);
    await db.checkItems.update(item!.id, { state: 'running' });
    await db.checkJobs.update(job.id, { state: 'running' });
    expect((await pendingItems(db, job.id)).map((i) => i.state)).toEqual(['running']);
    expect((await unfinishedJobs(db)).map((j) => j.id)).toEqual([job.id]);
  });
});

describe('check jobs: order and cache', () => {
  it('gives pending items in page order, not id order ("job:10" before "job:2")', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `https://h.example/${i}`);
    const job = await createCheckJob(db, { pageUrl: 'https://p.org/', tabId: 1, urls, force: true }, 1, 0);
    expect((await pendingItems(db, job.id)).map((i) => i.url)).toEqual(urls);
  });

  it('reuses a verdict without any HTTP answer for minutes only, a decided one for the whole TTL', async () => {
    const noAnswer: LinkVerdict = {
      ...verdict('https://down.example/', 'broken'), httpStatus: null,
      requests: [{ method: 'HEAD', url: 'https://down.example/', status: null, error: 'network', headers: {}, startedAt: 0, durationMs: 1 }],
    };
    await db.verdicts.bulkPut([noAnswer, verdict('https://gone.example/', 'broken')]);
    const day = 24 * 3600_000;
    const tenMinutesLater = await createCheckJob(db, { pageUrl: 'https://p.org/', tabId: 1, urls: ['https://down.example/', 'https://gone.example/'], force: false }, 1000 + 11 * 60_000, day);
    expect((await pendingItems(db, tenMinutesLater.id)).map((i) => i.url)).toEqual(['https://down.example/']);
    const fiveMinutesLater = await createCheckJob(db, { pageUrl: 'https://p.org/', tabId: 1, urls: ['https://down.example/'], force: false }, 1000 + 5 * 60_000, day);
    expect(fiveMinutesLater.done).toBe(1);
  });
});

