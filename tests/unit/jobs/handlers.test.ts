import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { createHandlers } from '@/lib/jobs/handlers';
import type { CheckRunner } from '@/lib/jobs/check-runner';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';

const intranetVerdict: LinkVerdict = {
  url: 'http://127.0.0.1:8080/admin', class: 'broken', httpStatus: 404, finalUrl: 'http://127.0.0.1:8080/admin', hops: [],
  requests: [{ method: 'HEAD', url: 'http://127.0.0.1:8080/admin', status: 404, error: null, headers: {}, startedAt: 1, durationMs: 1 }],
  reason: '404', checkedAt: 9_000, durationMs: 1,
};
const publicVerdict: LinkVerdict = { ...intranetVerdict, url: 'https://a.org/', finalUrl: 'https://a.org/', requests: [] };

let db: LinkscoutDb;
const runner = { resume: async () => undefined } as unknown as CheckRunner;
const handlersFor = (tabs: Record<number, string>) =>
  createHandlers({
    db, runner, now: () => 10_000, settings: async () => DEFAULT_SETTINGS.checker, keepAwake: () => undefined,
    tabUrl: async (tabId) => tabs[tabId],
  });

beforeEach(async () => {
  db = createLinkscoutDb(`handlers-${crypto.randomUUID()}`);
  await db.verdicts.bulkPut([intranetVerdict, publicVerdict]);
});
afterEach(async () => {
  await db.delete();
});

describe('check-links handler', () => {
  it('judges the page by the tab\'s own address, not the one the message claims', async () => {
    const handlers = handlersFor({ 7: 'https://public.example.com/post' });
    const { jobId } = await handlers['check-links']({ type: 'check-links', tabId: 7, pageUrl: 'http://192.168.1.5/', urls: [intranetVerdict.url], force: true });
    expect((await db.checkJobs.get(jobId))?.safetyPageUrl).toBe('https://public.example.com/post');
  });

  it('treats a check without a tab as coming from a public page', async () => {
    const { jobId } = await handlersFor({})['check-links']({ type: 'check-links', tabId: null, pageUrl: 'http://10.0.0.2/', urls: ['https://a.org/'], force: true });
    expect((await db.checkJobs.get(jobId))?.safetyPageUrl).toBe('about:blank');
  });

  it('never hands a public page a cached verdict about a private address', async () => {
    const handlers = handlersFor({ 1: 'https://public.example.com/', 2: 'http://127.0.0.1:8080/home' });
    const urls = [intranetVerdict.url, publicVerdict.url];
    const fromPublic = await handlers['check-links']({ type: 'check-links', tabId: 1, pageUrl: 'https://public.example.com/', urls, force: false });
    const items = await db.checkItems.where('jobId').equals(fromPublic.jobId).toArray();
    expect(items.filter((i) => i.verdict).map((i) => i.url)).toEqual([publicVerdict.url]);
    const fromIntranet = await handlers['check-links']({ type: 'check-links', tabId: 2, pageUrl: 'http://127.0.0.1:8080/home', urls, force: false });
    expect((await db.checkJobs.get(fromIntranet.jobId))?.done).toBe(2);
  });
});
