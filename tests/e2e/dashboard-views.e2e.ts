import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeProspectsInPage } from '../../scripts/lib/bench-store-seed.mjs';
import { axeViolations, screenshot, startHarness, type Harness } from './harness';

let h: Harness;
let page: Page;
let url: string;
const DAY = 86_400_000;

beforeAll(async () => {
  h = await startHarness();
  page = await h.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  url = `chrome-extension://${h.extensionId}/dashboard.html`;
  await page.goto(url);
  await page.getByTestId('empty-all').waitFor();
  const campaigns = [{ id: 'c-spring', name: 'Spring push', createdAt: 1 }, { id: 'c-old', name: 'Old list', createdAt: 2 }];
  await page.evaluate(writeProspectsInPage, { synthetic: { start: 0, count: 300, seed: 7 }, campaigns });
  // Recent status moves, so the weekly chart has something to draw.
  const now = Date.now();
  const moved = Array.from({ length: 6 }, (_, i) => ({
    id: `moved-${i}`, url: `https://moved${i}.test/page`, normalizedUrl: `https://moved${i}.test/page`, domain: `moved${i}.test`,
    title: `Moved ${i}`, opportunityType: 'resource-page', status: i % 2 ? 'won' : 'contacted', campaignId: 'c-old', tags: [], contacts: [],
    brokenLinks: [], linksToMySite: [], relevance: 10, spamScore: 0, spamSignals: [], toxic: false, notes: '', followUpAt: null,
    createdAt: now - 30 * DAY, updatedAt: now - i * DAY,
    history: [{ kind: 'status', at: now - (i + 7) * DAY, from: 'new', to: 'contacted' }, ...(i % 2 ? [{ kind: 'status', at: now - i * DAY, from: 'contacted', to: 'won' }] : [])],
  }));
  await page.evaluate(writeProspectsInPage, { records: moved });
  await page.reload();
  await page.getByTestId('prospect-row').first().waitFor();
});
afterAll(async () => {
  await h?.close();
});

describe('dashboard views', () => {
  it('shows every column at 1280 px without a horizontal scroll', async () => {
    await screenshot(page, 'dashboard-1280');
    const headers = await page.locator('table.prospects thead th').allTextContents();
    expect(headers.join(' | ')).toMatch(/Follow-up.*Updated/);
    const wrap = await page.locator('.table-wrap').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
    const last = await page.locator('table.prospects thead th').last().boundingBox();
    expect((last?.x ?? 9999) + (last?.width ?? 0)).toBeLessThanOrEqual(1280);
  });

  it('renames a campaign and deletes one, saying its prospects stay', async () => {
    await page.getByRole('button', { name: 'Campaigns' }).click();
    const rows = page.getByTestId('campaign-row');
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByRole('button', { name: 'Rename Spring push' }).click();
    await page.getByLabel('New name for Spring push').fill('Summer push');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('status').getByText('"Spring push" renamed to "Summer push".').waitFor();
    await rows.getByText('Summer push').waitFor();

    const oldRow = rows.filter({ hasText: 'Old list' });
    const count = Number((await oldRow.locator('.muted').textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Delete Old list' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete Old list?' });
    await confirm.getByText(`Its ${count} prospects stay, in no campaign.`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-campaigns');
    await confirm.getByRole('button', { name: 'Delete campaign' }).click();
    await page.getByRole('status').getByText(`Campaign "Old list" deleted; ${count} prospects kept, now in no campaign.`).waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('button', { name: 'Prospects', exact: true }).click();
    await page.getByTestId('total-all').getByText('306 saved').waitFor();
  });

  it('draws the pipeline funnel and the weekly chart, with tables as the alternative', async () => {
    await page.getByRole('button', { name: 'Pipeline' }).click();
    const funnel = page.getByTestId('funnel-chart');
    await funnel.waitFor();
    expect(await funnel.locator('rect').count()).toBe(8);
    expect(await funnel.locator('title').textContent()).toMatch(/Won \(link live\) \d+/);
    const weekly = page.getByTestId('weekly-chart');
    expect(await weekly.locator('rect.bar-won').count()).toBe(12);
    const wonHeights = await weekly.locator('rect.bar-won').evaluateAll((els) => els.map((e) => Number(e.getAttribute('height'))));
    expect(wonHeights.some((v) => v > 0)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-pipeline');
    await page.getByRole('button', { name: 'Tables' }).click();
    const table = page.getByTestId('funnel-table');
    const total = (await table.locator('td').allTextContents()).reduce((n, t) => n + Number(t.replace(/\D/g, '')), 0);
    expect(total).toBe(306);
    const weeks = page.getByTestId('weekly-table');
    const won = (await weeks.locator('tbody tr td:nth-child(3)').allTextContents()).reduce((n, t) => n + Number(t), 0);
    expect(won).toBe(3);
  });
});
