import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the query builder', () => {
  it('builds footprint queries per engine that the user opens as links', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/dashboard.html#footprints`);
    await page.getByLabel('Niche keywords (one per line)').fill('cold brew');
    await page.getByLabel('Niche keywords (one per line)').blur();
    const first = page.getByRole('list', { name: 'Queries' }).getByRole('link').first();
    await expect.poll(() => first.getAttribute('href')).toContain('https://www.google.com/search?q=%22cold+brew%22+intitle%3A%22write+for+us%22');
    await page.getByLabel('Tactic').selectOption('resource-pages');
    await page.getByText('Bing', { exact: true }).click();
    await page.getByText('Modifiers').click();
    await screenshot(page, 'footprints-bing');
    expect(await page.getByRole('list', { name: 'Queries' }).getByText('intext: became inbody:').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'footprints-dark');
    // The inputs are kept for the next visit.
    await page.reload();
    expect(await page.getByLabel('Niche keywords (one per line)').inputValue()).toBe('cold brew');
  });
});
