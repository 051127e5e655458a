import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { enqueueReads, readsFor } from '@/lib/db/read-jobs';
import { ReadRunner, type ReadOwner } from '@/lib/jobs/read-runner';
import { scanHtml } from '@/lib/reader/scan-html';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';
import { fakeFetch, html } from '../check/fake-fetch';

// A read that throws (the parser fails, its answer is unreadable) must reach its owner as a
// failure with the reason, once, even when the worker stops between storing and telling.
let db: LinkscoutDb;
beforeEach(() => {
  db = createLinkscoutDb(`read-fail-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const settings = async () => ({ ...DEFAULT_SETTINGS, checker: { ...DEFAULT_SETTINGS.checker, minGapMs: 0 } });

function owner(log: string[], failing = false): ReadOwner {
  return {
    started: async (job) => void log.push(`start ${job.ref}`),
    read: async (job, read) => void log.push(`read ${job.ref}:${read.scan?.title ?? read.verdict.class}`),
    failed: async (job, error) => {
      if (failing) throw new Error('storage full');
      log.push(`failed ${job.ref}:${error}`);
    },
  };
}

describe('read runner failures', () => {
  it('tells the owner when a read throws, with the reason, and finishes the job', async () => {
    await enqueueReads(db, [
      { url: 'https://a.example/good', purpose: 'qualify', ref: 'r1' },
      { url: 'https://b.example/bad', purpose: 'qualify', ref: 'r2' },
    ], 1_000);
    const log: string[] = [];
    const { fetch } = fakeFetch(() => html(200, '<title>Fine</title>'));
    const errors: string[] = [];
    await new ReadRunner({
      db, fetch, now: () => 1_000, settings, onError: (m) => errors.push(m), handlers: { qualify: owner(log) },
      parse: async (text, url, options) => {
        if (url.includes('bad')) throw new Error('The page parser gave an unreadable answer.');
        return scanHtml(text, url, options);
      },
    }).resume();
    expect(log.sort()).toEqual(['failed r2:The page parser gave an unreadable answer.', 'read r1:Fine', 'start r1', 'start r2']);
    expect((await readsFor(db, 'qualify', 'r2'))[0]).toMatchObject({ state: 'done', error: 'The page parser gave an unreadable answer.', attempts: 1 });
    expect(errors).toEqual(['Reading https://b.example/bad failed: The page parser gave an unreadable answer.']);
  });

  it('a failure the owner could not take is told again on the next resume, without reading again', async () => {
    await enqueueReads(db, [{ url: 'https://b.example/bad', purpose: 'qualify', ref: 'r2' }], 1_000);
    const parse = async () => {
      throw new Error('parser gone');
    };
    const first = fakeFetch(() => html(200, '<title>x</title>'));
    await new ReadRunner({ db, fetch: first.fetch, now: () => 1_000, settings, parse, handlers: { qualify: owner([], true) }, onError: () => undefined }).resume();
    expect((await readsFor(db, 'qualify', 'r2'))[0]?.state).toBe('read');

    const log: string[] = [];
    const second = fakeFetch(() => new Error('no request expected'));
    await new ReadRunner({ db, fetch: second.fetch, now: () => 2_000, settings, parse, handlers: { qualify: owner(log) } }).resume();
    expect(log).toEqual(['failed r2:parser gone']);
    expect(second.calls).toHaveLength(0);
    expect((await readsFor(db, 'qualify', 'r2'))[0]?.state).toBe('done');
  });

  it('a read withdrawn before its turn (paused, cancelled) does not run', async () => {
    const [, late] = await enqueueReads(db, [
      { url: 'https://a.example/1', purpose: 'qualify', ref: 'r1', dueAt: 500 }, // due first
      { url: 'https://a.example/2', purpose: 'qualify', ref: 'r2' },
    ], 1_000);
    const log: string[] = [];
    const { fetch, calls } = fakeFetch((_m, url) => {
      // While the first page is being read, the user pauses: the second read is withdrawn.
      if (url.endsWith('/1')) void db.readJobs.update(late?.id ?? '', { state: 'cancelled' });
      return html(200, '<title>One</title>');
    });
    const oneAtATime = async () => ({ ...DEFAULT_SETTINGS, checker: { ...DEFAULT_SETTINGS.checker, minGapMs: 0, perHostConcurrency: 1 } });
    await new ReadRunner({ db, fetch, now: () => 1_000, settings: oneAtATime, parse: async (t, u, o) => scanHtml(t, u, o), handlers: { qualify: owner(log) } }).resume();
    expect(log).toEqual(['start r1', 'read r1:One']);
    expect(calls.every((c) => c.url.endsWith('/1'))).toBe(true);
    expect((await readsFor(db, 'qualify', 'r2'))[0]).toMatchObject({ state: 'cancelled', attempts: 0 });
  });
});
