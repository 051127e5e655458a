import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prospect } from '@/lib/schemas/prospect';
import { writeProspectsInPage } from '../../scripts/lib/bench-store-seed.mjs';
import { axeViolations, screenshot, startHarness, type Harness } from './harness';

const DAY = 86_400_000;
const NOW = Date.now();

function record(i: number, followUpAt: number | null, status: Prospect['status'] = 'contacted'): Prospect {
  const domain = `site${i}.test`;
  const url = `https://${domain}/resources/`;
  return {
    id: `r-${i}`, url, normalizedUrl: url, domain, title: `Resources page ${i}`,
    opportunityType: 'resource-page', status, campaignId: null, tags: [], contacts: [],
    brokenLinks: [], linksToMySite: [], relevance: 50, spamScore: 0, spamSignals: [], toxic: false,
    notes: '', followUpAt, createdAt: NOW - 30 * DAY + i, updatedAt: NOW - 30 * DAY + i, history: [],
  };
}

// Five due (oldest is r-5), one due later, two without a follow-up, and one won with a past date
// (closed: never reminded, and not in the due list).
const DUE = [1, 2, 3, 4, 5].map((i) => record(i, NOW - i * DAY));
const WON = record(9, NOW - 2 * DAY, 'won');
const RECORDS = [...DUE, record(6, NOW + 3 * DAY), record(7, null), record(8, null), WON];

type Ext = {
  chrome: {
    alarms: { create: (name: string, info: { when: number }) => Promise<void> };
    notifications: { getAll: () => Promise<Record<string, boolean>> };
  };
};

let h: Harness;
let page: Page;
let url: string;
beforeAll(async () => {
  h = await startHarness();
  page = await h.context.newPage();
  url = `chrome-extension://${h.extensionId}/dashboard.html`;
});
afterAll(async () => {
  await h?.close();
});

describe('follow-up reminders for many due prospects', () => {
  it('shows one summary notification, which opens the list of the due ones, oldest first', async () => {
    await page.goto(url);
    await page.getByTestId('empty-all').waitFor();
    expect(await page.evaluate(writeProspectsInPage, { records: RECORDS })).toBe(RECORDS.length);

    await h.worker.evaluate(() => (globalThis as unknown as Ext).chrome.alarms.create('linkscout-followups', { when: Date.now() + 200 }));
    await expect
      .poll(async () => Object.keys(await h.worker.evaluate(() => (globalThis as unknown as Ext).chrome.notifications.getAll())), { timeout: 15_000 })
      .toEqual(['linkscout-followups-due']);

    await page.goto(`${url}#follow-ups`);
    await page.getByTestId('prospect-row').first().waitFor();
    await expect.poll(() => page.getByTestId('prospect-row').count()).toBe(5);
    const titles = await page.locator('[data-testid="prospect-row"]').allTextContents();
    expect(DUE.toReversed().map((p, i) => titles[i]?.includes(p.title))).toEqual([true, true, true, true, true]);
    // The narrowing is shown where the user can see and clear it.
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const followUp = page.getByRole('group', { name: 'Follow-up' });
    expect(await followUp.getByLabel('to').inputValue()).toBe(today);
    await page.getByText('Date ranges (set)').waitFor();
    // Closed prospects are never reminded, and the list leaves them out too.
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('open');
    expect(await page.getByRole('columnheader', { name: /Follow-up/ }).getAttribute('aria-sort')).toBe('ascending');
    await screenshot(page, 'dashboard-follow-ups-due');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByTestId('prospect-row').count()).toBe(RECORDS.length);

    // What the background remembers: the five due ones with their dates, and the won one as handled.
    const notified = await h.worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('notifiedFollowUps')).notifiedFollowUps,
    );
    expect(notified).toEqual(Object.fromEntries([...DUE, WON].map((p) => [p.id, p.followUpAt])));
  });
});
