import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { enqueueReads, readsFor } from '@/lib/db/read-jobs';
import { ReadRunner, type ReadHandler } from '@/lib/jobs/read-runner';
import { scanHtml } from '@/lib/reader/scan-html';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';
import { fakeFetch, html } from '../check/fake-fetch';

let db: LinkscoutDb;
beforeEach(() => {
  db = createLinkscoutDb(`reads-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const page = (n: string) => `<title>Page ${n}</title><a href="https://mine.example/${n}">link ${n}</a>`;

function runner(fetch: typeof globalThis.fetch, handled: string[], now = () => 1_000, checker: Partial<typeof DEFAULT_SETTINGS.checker> = {}) {
  const handler: ReadHandler = async (job, read) => {
    handled.push(`${job.ref}:${read.scan?.title ?? read.verdict.class}`);
  };
  return new ReadRunner({
    db, fetch, now, settings: async () => ({ ...DEFAULT_SETTINGS, checker: { ...DEFAULT_SETTINGS.checker, minGapMs: 0, ...checker } }),
    parse: async (text, url, options) => scanHtml(text, url, options), handlers: { monitor: handler },
  });
}

describe('read runner', () => {
  it('reads due pages, stores results and hands each to its owner once; later ones wait for their time', async () => {
    await enqueueReads(db, [
      { url: 'https://a.example/1', purpose: 'monitor', ref: 'm1' },
      { url: 'https://b.example/2', purpose: 'monitor', ref: 'm2' },
      { url: 'https://c.example/3', purpose: 'monitor', ref: 'm3', dueAt: 5_000 },
    ], 1_000);
    const handled: string[] = [];
    const { fetch } = fakeFetch((_m, url) => html(200, page(url.slice(-1))));
    await runner(fetch, handled).resume();
    expect(handled.sort()).toEqual(['m1:Page 1', 'm2:Page 2']);
    const [done] = await readsFor(db, 'monitor', 'm1');
    expect(done).toMatchObject({ state: 'done', attempts: 1 });
    expect(done?.result?.scan?.links[0]?.url).toBe('https://mine.example/1');
    expect((await readsFor(db, 'monitor', 'm3'))[0]?.state).toBe('queued');
  });

  it('reads a one-click link with a token only when the checker is allowed to check such links', async () => {
    const url = 'https://news.example/newsletter/confirm?token=4f9c2b7e1d';
    for (const [allowOneClickLinks, expected, sent] of [[false, 'm1:skipped', false], [true, 'm1:Page d', true]] as const) {
      await db.readJobs.clear();
      await enqueueReads(db, [{ url, purpose: 'monitor', ref: 'm1' }], 1_000);
      const handled: string[] = [];
      const { fetch, calls } = fakeFetch(() => html(200, page('d')));
      await runner(fetch, handled, () => 1_000, { allowOneClickLinks }).resume();
      expect(handled).toEqual([expected]);
      expect(calls.length > 0).toBe(sent);
    }
  });

  it('asking twice for the same page and owner queues one read', async () => {
    await enqueueReads(db, [{ url: 'https://a.example/1', purpose: 'monitor', ref: 'm1', dueAt: 9_000 }], 1_000);
    await enqueueReads(db, [{ url: 'https://a.example/1', purpose: 'monitor', ref: 'm1' }], 2_000);
    const jobs = await readsFor(db, 'monitor', 'm1');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.dueAt).toBe(2_000);
  });

  it('a worker stopped mid-read loses nothing: the next one re-reads what was running', async () => {
    await enqueueReads(db, [
      { url: 'https://a.example/1', purpose: 'monitor', ref: 'm1' },
      { url: 'https://slow.example/2', purpose: 'monitor', ref: 'm2' },
    ], 1_000);
    const first: string[] = [];
    const hanging = fakeFetch((_m, url) => (url.includes('slow') ? 'hang' : html(200, page('1'))));
    const stopped = runner(hanging.fetch, first);
    const run = stopped.resume();
    await expect.poll(async () => (await readsFor(db, 'monitor', 'm1'))[0]?.state).toBe('done');
    expect((await readsFor(db, 'monitor', 'm2'))[0]?.state).toBe('running');
    stopped.dispose(); // the browser stops the service worker
    await run;
    expect((await readsFor(db, 'monitor', 'm2'))[0]?.state).toBe('running');

    const second: string[] = [];
    const { fetch } = fakeFetch(() => html(200, page('2')));
    await runner(fetch, second).resume();
    expect(first).toEqual(['m1:Page 1']);
    expect(second).toEqual(['m2:Page 2']);
    expect((await readsFor(db, 'monitor', 'm2'))[0]).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('a stored result its owner never saw is handed over on resume', async () => {
    const [job] = await enqueueReads(db, [{ url: 'https://a.example/1', purpose: 'monitor', ref: 'm1' }], 1_000);
    const handled: string[] = [];
    const { fetch } = fakeFetch(() => html(200, page('1')));
    await runner(fetch, handled).resume();
    await db.readJobs.update(job?.id ?? '', { state: 'read' }); // as if the worker stopped before the owner saw it
    const again: string[] = [];
    const nothing = fakeFetch(() => new Error('no request expected'));
    await runner(nothing.fetch, again).resume();
    expect(again).toEqual(['m1:Page 1']);
    expect(nothing.calls).toHaveLength(0);
  });
});
