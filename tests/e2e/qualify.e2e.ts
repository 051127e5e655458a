import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, screenshot, startHarness, type Harness } from './harness';
import { startQualifyFarm } from '../fixtures/qualify-farm.mjs';

// A Google results page routed inside the test browser whose results are the fixture farm's sites.
const GOOGLE = 'https://www.google.com/search?q=coffee+resources+%22write+for+us%22';
let h: Harness;
let farm: Awaited<ReturnType<typeof startQualifyFarm>>;

function serp(results: { url: string; title: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const organic = results
    .map((r) => `<div class="MjjYud"><div class="g" lang="en" data-hveid="x"><div class="yuRUbf"><a href="${esc(r.url)}"><h3>${esc(r.title)}</h3></a></div><div class="VwiC3b"><span>About ${esc(r.title)}.</span></div></div></div>`)
    .join('');
  const ad = '<div id="tads"><div data-text-ad="1"><a href="https://www.googleadservices.com/pagead/aclk?adurl=https://ads.example/"><div role="heading" aria-level="3">Buy links</div></a></div></div>';
  return `<!doctype html><html lang="en"><head><title>coffee - Google Search</title></head><body><div id="main">${ad}<div id="rso">${organic}</div></div></body></html>`;
}

beforeAll(async () => {
  farm = await startQualifyFarm();
  h = await startHarness();
  const html = serp(farm.sites.map((s) => ({ url: s.url, title: `Site ${s.role}` })));
  await h.context.route('https://www.google.com/search**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
});
afterAll(async () => {
  await h?.close();
  await farm?.close();
});

const row = (page: Page, role: string) => page.getByTestId('q-row').filter({ hasText: farm.sites.find((s) => s.role === role)!.url });

describe('bulk qualification from a results page', () => {
  it('saves the results, qualifies them against the farm, applies disqualifiers, finds contacts deeper, exports CSV', async () => {
    const { popup } = await h.popupFor(GOOGLE);
    await popup.getByRole('list', { name: /results/ }).waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('result').count()).toBe(7);
    await popup.getByRole('button', { name: 'Save all new (6)' }).click();
    await popup.getByRole('button', { name: 'Save all new (0)' }).waitFor();
    expect(await popup.getByText('Saved · new').count()).toBe(6);
    await screenshot(popup, 'qualify-popup-saved');

    const opened = h.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Qualify selected' }).click();
    const dash = await opened;
    await dash.waitForURL(/dashboard\.html#qualify=/);
    await dash.getByText('6 of 6 read · done').waitFor({ timeout: 90_000 });
    // Both extra pages (contact, write for us) are read after the landing page, each on its own.
    await expect.poll(() => row(dash, 'resources').textContent(), { timeout: 30_000 }).toMatch(/editor@resources\.farm.*pitches@resources\.farm|pitches@resources\.farm.*editor@resources\.farm/);
    expect(await row(dash, 'parked').textContent()).toContain('dead or parked (parked');
    expect(await row(dash, 'gone').textContent()).toContain('dead or parked (broken, HTTP 404)');
    expect(await row(dash, 'noindex').textContent()).toContain('not indexable: meta robots says noindex');
    expect(await row(dash, 'german').textContent()).not.toContain('language');

    await dash.getByText('Disqualifiers').click();
    await dash.getByLabel('Languages wanted (empty = any)').fill('en');
    await dash.getByLabel('Languages wanted (empty = any)').blur();
    await expect.poll(() => row(dash, 'german').textContent()).toContain('language de, not en');
    await screenshot(dash, 'qualify-table');
    expect(await axeViolations(dash)).toEqual([]);

    await dash.getByLabel(/Select qualified/).check();
    await dash.getByRole('button', { name: /Save selected as prospects \(2\)/ }).click();
    await dash.getByText(/updated 2/).first().waitFor();

    const download = dash.waitForEvent('download');
    await dash.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const text = readFileSync(file!, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(6);
    const resources = parsed.data.find((r) => r.url === farm.sites[0]!.url);
    expect(resources).toMatchObject({ status_class: 'ok', indexable: 'true', already_in_prospects: 'true', disqualified_reason: '' });
    expect(resources?.emails).toContain('editor@resources.farm');
    await dash.emulateMedia({ colorScheme: 'dark' });
    await screenshot(dash, 'qualify-table-dark');
  }, 180_000);
});
