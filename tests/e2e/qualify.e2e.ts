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
let failing: Awaited<ReturnType<typeof startQualifyFarm>> | undefined;
// Generous bounds on conditions, never fixed sleeps: a loaded 2-core machine runs several browsers.
const LONG = { timeout: 120_000 };

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
  await failing?.close();
});

const siteOf = (f: typeof farm, role: string) => f.sites.find((s) => s.role === role)!;
const row = (page: Page, role: string, f = farm) => page.getByTestId('q-row').filter({ hasText: siteOf(f, role).url });
/** A row's text once it matches: rows and progress come from separate live queries, so a row may lag the count. */
const rowSays = (page: Page, role: string, text: string | RegExp, f = farm) =>
  expect.poll(async () => (await row(page, role, f).textContent()) ?? '', LONG).toMatch(text);

describe('bulk qualification from a results page', () => {
  it('saves the results, qualifies them against the farm, applies disqualifiers, finds contacts deeper, exports CSV', async () => {
    const { popup } = await h.popupFor(GOOGLE);
    await popup.getByRole('list', { name: /results/ }).waitFor(LONG);
    await expect.poll(() => popup.getByTestId('result').count(), LONG).toBe(7);
    await popup.getByRole('button', { name: 'Save all new (6)' }).click(LONG);
    await popup.getByRole('button', { name: 'Save all new (0)' }).waitFor(LONG);
    expect(await popup.getByText('Saved · new').count()).toBe(6);
    await screenshot(popup, 'qualify-popup-saved');

    const opened = h.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Qualify selected' }).click(LONG);
    const dash = await opened;
    await dash.waitForURL(/dashboard\.html#qualify=/, LONG);
    await dash.getByText('6 of 6 read · done').waitFor(LONG);
    // Both extra pages (contact, write for us) are read after the landing page, each on its own.
    await rowSays(dash, 'resources', /editor@resources\.farm.*pitches@resources\.farm|pitches@resources\.farm.*editor@resources\.farm/);
    await rowSays(dash, 'parked', 'dead or parked (parked');
    await rowSays(dash, 'gone', 'dead or parked (broken, HTTP 404)');
    await rowSays(dash, 'noindex', 'not indexable: meta robots says noindex');
    await rowSays(dash, 'german', /Read state: ✓ done/);
    expect(await row(dash, 'german').textContent()).not.toContain('language');
    // Only a site no disqualifier rules out has its contact pages read ("find contacts deeper").
    expect(farm.requests.filter((r) => r.path === '/contact' || r.path === '/write-for-us').map((r) => r.host)).toEqual(
      expect.arrayContaining([new URL(siteOf(farm, 'resources').origin).hostname]),
    );

    await dash.getByText('Disqualifiers').click();
    await dash.getByLabel('Languages wanted (empty = any)').fill('en');
    await dash.getByLabel('Languages wanted (empty = any)').blur();
    await rowSays(dash, 'german', 'language de, not en');
    await screenshot(dash, 'qualify-table');
    expect(await axeViolations(dash)).toEqual([]);

    await dash.getByLabel(/Select qualified/).check();
    await dash.getByRole('button', { name: /Save selected as prospects \(2\)/ }).click(LONG);
    await dash.getByText(/updated 2/).first().waitFor(LONG);

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
    expect(Number(resources?.word_count)).toBeGreaterThan(10);
    await dash.emulateMedia({ colorScheme: 'dark' });
    await screenshot(dash, 'qualify-table-dark');
  }, 300_000);

  it('a site that resets, answers garbage or breaks off mid-page ends with a clear state and the reason; pause and resume still work', async () => {
    failing = await startQualifyFarm({ roles: ['resources', 'reset', 'garbage', 'cutoff'], delayMs: 150 });
    const f = failing;
    // Six pages of the resources site (one host: two at a time, 250 ms apart) keep the job busy long enough to pause it.
    const origin = siteOf(f, 'resources').origin;
    const urls = [...f.sites.map((s) => s.url), ...Array.from({ length: 6 }, (_, i) => `${origin}/resources?page=${i + 2}`)];
    const dash = await h.context.newPage();
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#qualify`);
    await dash.getByLabel(/URLs to qualify/).fill(urls.join('\n'));
    await dash.getByLabel(/Find contacts deeper/).uncheck();
    await dash.getByRole('button', { name: 'Qualify', exact: true }).click(LONG);
    await dash.getByRole('button', { name: 'Pause' }).click(LONG);
    await dash.getByTestId('q-progress').filter({ hasText: '· paused' }).waitFor(LONG);
    const states = () => dash.getByTestId('q-state').allTextContents();
    // Reads under way finish (a read the reader took just before the pause reached it too); every
    // other row waits as "paused" (none, if everything was read before the click landed).
    await expect.poll(async () => (await states()).filter((s) => /‖ paused|✓ done|✕ failed/.test(s)).length, LONG).toBe(urls.length);
    await dash.getByRole('button', { name: 'Resume' }).click(LONG);
    await dash.getByText(`${urls.length} of ${urls.length} read · done`).waitFor(LONG);

    await rowSays(dash, 'reset', /Read state: ✓ done.*dead or parked \(broken: /, f);
    await rowSays(dash, 'garbage', /Read state: ✓ done.*dead or parked \(broken: /, f);
    // A body broken off mid-page is a failed read (the HEAD answered); when the browser reports the
    // HEAD as failed too it is a dead page. Either way the row ends with the reason, never "waiting".
    await rowSays(dash, 'cutoff', /Read state: (✕ failed, reason: the page answered, but its HTML could not be read|✓ done.*dead or parked \(broken: )/, f);
    await expect.poll(async () => (await states()).filter((s) => s.includes('waiting') || s.includes('reading…')), LONG).toEqual([]);
    await screenshot(dash, 'qualify-failures');
    expect(await axeViolations(dash)).toEqual([]);
    await dash.emulateMedia({ colorScheme: 'dark' });
    await screenshot(dash, 'qualify-failures-dark');
  }, 300_000);
});
