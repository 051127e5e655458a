import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, startHarness, type Harness } from './harness';
import { startQualifyFarm } from '../fixtures/qualify-farm.mjs';

// A Google results page routed inside the test browser whose results are the fixture farm's sites.
// The background page reader is not wired in yet: this covers everything up to the reads (the
// job, its rows, pause / resume / cancel, the table and its CSV); the farm is what it will read.
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

describe('bulk qualification from a results page', () => {
  it('saves the results, sends the selection to a persisted qualification job, pauses, cancels and exports it', async () => {
    const { popup } = await h.popupFor(GOOGLE);
    await popup.getByRole('list', { name: /results/ }).waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('result').count()).toBe(7);
    await popup.getByRole('button', { name: 'Save all new (6)' }).click();
    await popup.getByRole('button', { name: 'Save all new (0)' }).waitFor();
    expect(await popup.getByText('Saved · new').count()).toBe(6);

    const opened = h.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Qualify selected' }).click();
    const dash = await opened;
    await dash.waitForURL(/dashboard\.html#qualify=/);
    await dash.getByText('0 of 6 read · waiting for the reader').waitFor({ timeout: 20_000 });
    expect(await dash.getByTestId('q-row').count()).toBe(6);
    expect(await dash.getByTestId('q-row').filter({ hasText: 'in prospects' }).count()).toBe(6);
    await dash.getByTestId('reader-missing').waitFor();
    await dash.getByText('Disqualifiers').click();
    await screenshot(dash, 'qualify-table');
    expect(await axeViolations(dash)).toEqual([]);

    await dash.getByRole('button', { name: 'Pause' }).click();
    await dash.getByText('0 of 6 read · paused').waitFor();
    await dash.reload();
    await dash.getByText('0 of 6 read · paused').waitFor(); // persisted
    await dash.getByRole('button', { name: 'Resume' }).click();
    await dash.getByText('0 of 6 read · waiting for the reader').waitFor();
    await dash.getByRole('button', { name: 'Cancel' }).click();
    await dash.getByText('0 of 6 read · cancelled').waitFor();
    expect(await dash.getByTestId('q-row').filter({ hasText: 'cancelled' }).count()).toBe(6);

    const download = dash.waitForEvent('download');
    await dash.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 3)).toEqual(['url', 'final_url', 'status_class']);
    expect(parsed.data.map((r) => r.url).sort()).toEqual(farm.sites.map((s) => s.url).sort());
    expect(parsed.data.every((r) => r.already_in_prospects === 'true')).toBe(true);
    await dash.emulateMedia({ colorScheme: 'dark' });
    await screenshot(dash, 'qualify-table-dark');
  });
});
