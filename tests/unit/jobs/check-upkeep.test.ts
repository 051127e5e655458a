// A verdict arriving after the page was saved updates the prospect; old results are pruned.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wireCheckUpkeep } from '@/lib/jobs/check-upkeep';
import { FOLLOWUP_ALARM } from '@/lib/jobs/reminders';
import { pruneChecks } from '@/lib/db/check-prune';
import { createCheckJob } from '@/lib/db/check-jobs';
import type { LinkscoutDb } from '@/lib/db/database';
import { getProspect } from '@/lib/db/prospect-lookups';
import { saveProspectFromScan } from '@/lib/db/prospects';
import { CheckRunner } from '@/lib/jobs/check-runner';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';
import { freshDb, makeScan } from '../db/fixtures';

let db: LinkscoutDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const PAGE = 'https://blog.example/resources';
const settings = { ...DEFAULT_SETTINGS.checker, minGapMs: 0, cacheTtlHours: 0 };

describe('a page saved before its check finished', () => {
  it('gets the dead links afterwards, with a history entry; a live link is not added', async () => {
    const { prospect } = await saveProspectFromScan(db, makeScan(PAGE));
    expect(prospect.brokenLinks).toEqual([]);
    const job = await createCheckJob(db, { pageUrl: PAGE, tabId: 1, urls: ['https://gone.example/old', 'https://fine.example/'], force: true }, Date.now(), 0);
    const fetchFake: typeof fetch = async (input) =>
      new Response(String(input).includes('gone') ? 'nope' : 'fine', { status: String(input).includes('gone') ? 404 : 200, headers: { 'content-type': 'text/plain' } });
    const runner = new CheckRunner({ db, fetch: fetchFake, now: Date.now, settings: async () => settings });
    await runner.resume();
    for (let i = 0; i < 200 && (await db.checkJobs.get(job.id))?.state !== 'done'; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50)); // the prospect is updated right after the verdict is recorded
    const updated = await getProspect(db, prospect.id);
    expect(updated?.brokenLinks).toEqual([{ url: 'https://gone.example/old', anchorText: '', httpStatus: 404, statusClass: 'broken' }]);
    expect(updated?.history.at(-1)).toMatchObject({ kind: 'note', field: 'brokenLinks', note: expect.stringMatching(/gone\.example\/old is broken \(404\)/) });
  });
});

describe('pruning', () => {
  const verdict = (url: string, checkedAt: number): LinkVerdict => ({
    url, class: 'ok', httpStatus: 200, finalUrl: null, hops: [], requests: [], reason: '200', checkedAt, durationMs: 1,
  });

  it('drops verdicts past the TTL and finished jobs past their age with their items, never unfinished ones', async () => {
    const day = 24 * 3600_000;
    const now = 100 * day;
    await db.verdicts.bulkPut([verdict('https://old.example/', now - 2 * day), verdict('https://new.example/', now - 3600_000)]);
    const oldDone = await createCheckJob(db, { pageUrl: PAGE, tabId: 1, urls: ['https://a.example/'], force: true }, now - 10 * day, 0);
    await db.checkJobs.update(oldDone.id, { state: 'done' });
    const oldRunning = await createCheckJob(db, { pageUrl: PAGE, tabId: 1, urls: ['https://b.example/'], force: true }, now - 10 * day, 0);
    const recent = await createCheckJob(db, { pageUrl: PAGE, tabId: 1, urls: ['https://c.example/'], force: true }, now - day, 0);
    await db.checkJobs.update(recent.id, { state: 'done' });

    const pruned = await pruneChecks(db, now, day);
    expect(pruned).toEqual({ verdicts: 1, jobs: 1, items: 1 });
    expect(await db.verdicts.toCollection().primaryKeys()).toEqual(['https://new.example/']);
    expect((await db.checkJobs.toArray()).map((j) => j.id).sort()).toEqual([oldRunning.id, recent.id].sort());
    expect(await db.checkItems.where('jobId').equals(oldDone.id).count()).toBe(0);
  });

  it('runs on the background\'s periodic alarm, with the configured TTL', async () => {
    fakeBrowser.reset();
    await db.verdicts.bulkPut([verdict('https://old.example/', Date.now() - 3 * 24 * 3600_000), verdict('https://new.example/', Date.now())]);
    wireCheckUpkeep(db, async () => ({ ...settings, cacheTtlHours: 24 }));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: Date.now(), persistAcrossSessions: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.verdicts.count()).toBe(2);
    await fakeBrowser.alarms.onAlarm.trigger({ name: FOLLOWUP_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
    for (let i = 0; i < 100 && (await db.verdicts.count()) > 1; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await db.verdicts.toCollection().primaryKeys()).toEqual(['https://new.example/']);
  });
});
