import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { createCheckJob, pendingItems, recordVerdict } from '@/lib/db/check-jobs';
import { badgeFor, createBadge, knownDomainBadge, type ActionApi } from '@/lib/jobs/badge';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { makeProspect } from '../db/fixtures';

describe('badgeFor', () => {
  it.each([
    [{ state: 'running', done: 3, total: 9 }, 0, '0', '#57606a', /checking 3\/9/],
    [{ state: 'running', done: 3, total: 9 }, 2, '2', '#cf222e', /2 dead links/],
    [{ state: 'done', done: 9, total: 9 }, 0, '0', '#1a7f37', /0 dead links on this page \(broken, soft 404 or parked\)$/],
    [{ state: 'done', done: 9, total: 9 }, 1, '1', '#cf222e', /1 dead link on/],
  ] as const)('%j with %i dead', (job, dead, text, color, title) => {
    const b = badgeFor({ id: 'j', pageUrl: 'p', createdAt: 0, ...job }, dead);
    expect(b.text).toBe(text);
    expect(b.color).toBe(color);
    expect(b.title).toMatch(title);
  });
});

describe('knownDomainBadge', () => {
  it('marks a site with prospects and says how many', () => {
    expect(knownDomainBadge({ count: 0, lastStatus: null, lastUpdatedAt: null })).toBeNull();
    expect(knownDomainBadge({ count: 1, lastStatus: 'contacted', lastUpdatedAt: 1 })).toEqual({
      text: '★', color: '#0a66c2', title: 'Linkscout: 1 prospect on this domain, last status contacted',
    });
    expect(knownDomainBadge({ count: 3, lastStatus: null, lastUpdatedAt: null })?.title).toBe('Linkscout: 3 prospects on this domain, last status unknown');
  });
});

describe('the badge owner', () => {
  let db: LinkscoutDb;
  let texts: { tabId: number; text: string }[];
  const action: ActionApi = {
    setBadgeText: async (d) => void texts.push(d),
    setBadgeBackgroundColor: async () => undefined,
    setTitle: async () => undefined,
  };
  const broken = (url: string): LinkVerdict => ({
    url, class: 'broken', httpStatus: 404, finalUrl: null, hops: [], requests: [], reason: 'broken', checkedAt: 1, durationMs: 1,
  });
  beforeEach(async () => {
    db = createLinkscoutDb(`badge-${crypto.randomUUID()}`);
    texts = [];
    await db.prospects.add(makeProspect('https://known.example/a'));
  });
  afterEach(async () => {
    await db.delete();
  });

  it('shows the known-domain mark on a loaded page of a site with prospects, nothing elsewhere', async () => {
    const badge = createBadge({ db, action, now: () => 0 });
    await badge.showPage(4, 'https://known.example/other');
    await badge.showPage(5, 'https://unknown.example/');
    await badge.showPage(6, 'chrome://settings');
    expect(texts).toEqual([{ tabId: 4, text: '★' }]);
  });

  it('gives a check started in the tab precedence over the known-domain mark', async () => {
    const job = await createCheckJob(db, { pageUrl: 'https://known.example/a', tabId: 4, urls: ['https://x.example/', 'https://y.example/'], force: true }, 1, 0);
    const [item] = await pendingItems(db, job.id);
    await recordVerdict(db, item!, broken(item!.url));
    const badge = createBadge({ db, action, now: () => 0 });
    await badge.showPage(4, 'https://known.example/a');
    // The same page in another tab has no check of its own there: the mark.
    await badge.showPage(9, 'https://known.example/a');
    expect(texts).toEqual([{ tabId: 4, text: '1' }, { tabId: 9, text: '★' }]);
  });

  it('throttles progress while a check runs but always shows the finish', async () => {
    let now = 1000;
    const badge = createBadge({ db, action, now: () => now });
    const job = { id: 'j', pageUrl: 'https://p.example/', tabId: 2, createdAt: 0, total: 3, done: 1, state: 'running' as const };
    badge.showCheck(job);
    now += 10;
    badge.showCheck({ ...job, done: 2 });
    badge.showCheck({ ...job, done: 3, state: 'done' });
    badge.showCheck({ ...job, tabId: null });
    await expect.poll(() => texts.length).toBe(2);
    expect(texts.map((t) => t.tabId)).toEqual([2, 2]);
  });
});
