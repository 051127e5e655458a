// The backlink audit in Chromium: an Ahrefs-style export is imported, every linking page is read
// in the background, the Backlinks view shows the mixes as charts, and the disavow file parses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { axeViolations, SITES, screenshot, startHarness, type Harness } from './harness';
import { storeSettings } from './reader-world';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Post</title></head><body><main><p>${body}</p><a href="/x">x</a></main></body></html>`;
const PAGES: Record<string, string> = {
  '/bl/1': page('Try <a href="https://mine.example/">Mine Tools</a> today.'),
  '/bl/2': page('The <a rel="nofollow" href="https://mine.example/tools">garden tools</a> list.'),
  '/bl/3': page('Deals on <a rel="sponsored" href="https://mine.example/tools">best garden tools</a>.'),
  '/bl/4': page('Source: <a rel="ugc" href="https://mine.example/">https://mine.example/</a>'),
  '/bl/5': page('For more, <a href="https://mine.example/guide">click here</a>.'),
  '/bl/8': page('This page no longer links anywhere useful.'),
};

let h: Harness;
let farm: Awaited<ReturnType<typeof startFixtureServer>>;
let dash: Page;

beforeAll(async () => {
  h = await startHarness({
    route: (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/bl/7') {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title>');
        return true;
      }
      const body = PAGES[path];
      if (!body) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  });
  // A link farm on another loopback address: another referring domain, with the scanner's spam signals.
  const farmHtml = readFileSync(join(SITES, 'kinds/link-farm.html'), 'utf8').replace('</body>', '<a href="https://mine.example/tools">garden tools</a></body>');
  farm = await startFixtureServer({
    root: SITES, host: '127.0.0.2',
    route: (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : farmHtml);
      return true;
    },
  });
  dash = await h.context.newPage();
  await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#backlinks`);
  await storeSettings(dash, { ownDomains: ['mine.example'], keywords: ['garden tools'], checker: { perHostConcurrency: 2, minGapMs: 0, globalConcurrency: 8, timeoutMs: 10_000, hopLimit: 10, cacheTtlHours: 24, exclusions: [], allowPrivateNetwork: false } });
  await dash.reload();
}, 90_000);

afterAll(async () => {
  await h?.close();
  await farm?.close();
});

describe('backlink audit', () => {
  it('imports an Ahrefs export, verifies each page, shows the mixes and builds a disavow file', async () => {
    const o = h.server.origin;
    const csv = [
      '"Referring page title","Referring page URL","Domain rating","Target URL","Anchor","Nofollow","UGC","Sponsored"',
      ...['1', '2', '3', '4', '5', '7', '8'].map((n) => `"Post ${n}","${o}/bl/${n}","10","https://mine.example/${n === '2' || n === '3' ? 'tools' : n === '5' ? 'guide' : ''}","old anchor","false","false","false"`),
      `"Farm","${farm.origin}/links","1","https://mine.example/tools","garden tools","false","false","false"`,
      '"Broken","not a url","1","https://mine.example/","x","false","false","false"',
    ].join('\n');
    await dash.getByRole('heading', { name: 'Backlinks', exact: true }).waitFor();
    await dash.getByLabel(/Export file/).setInputFiles({ name: 'ahrefs-backlinks.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const preview = dash.getByTestId('backlink-preview');
    await preview.getByText('Preview: Ahrefs, 8 backlinks').waitFor();
    await preview.getByText('line 10:', { exact: false }).waitFor();
    await screenshot(dash, 'backlinks-preview');
    await dash.emulateMedia({ colorScheme: 'dark' });
    await screenshot(dash, 'backlinks-preview-dark');
    expect(await axeViolations(dash)).toEqual([]);
    await dash.emulateMedia({ colorScheme: 'light' });
    await dash.getByRole('button', { name: 'Import 8 and verify' }).click();

    const summary = dash.getByTestId('backlink-summary');
    await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toMatch(/^8 backlinks from 2 referring domains; 8 verified; 2 missing or gone\.$/);
    const table = (testId: string) => dash.getByTestId(testId).locator('table').evaluate((t) =>
      Object.fromEntries(Array.from((t as HTMLTableElement).tBodies[0]?.rows ?? [], (r) => [r.cells[0]?.textContent ?? '', Number(r.cells[1]?.textContent)])));
    // Where the reader found the link, its rel and anchor win over the export's ("old anchor", all
    // follow); the gone and missing pages keep the export's.
    expect(await table('rel-chart')).toEqual({ follow: 5, nofollow: 1, sponsored: 1, ugc: 1 });
    expect(await table('anchor-chart')).toEqual({ branded: 1, 'exact match': 2, 'partial match': 1, 'naked URL': 1, generic: 1, image: 0, other: 2 });
    await expect.poll(() => dash.getByTestId('over-optimised').count()).toBe(0);
    await dash.getByLabel('Warn when exact-match anchors exceed (%)').fill('20');
    await dash.getByLabel('Warn when exact-match anchors exceed (%)').press('Enter');
    await dash.getByTestId('over-optimised').waitFor();
    const first = dash.getByTestId('spam-row').first();
    expect(await first.locator('a').textContent()).toBe(`${farm.origin}/links`);
    await screenshot(dash, 'backlinks-view');
    await dash.emulateMedia({ colorScheme: 'dark' });
    await screenshot(dash, 'backlinks-view-dark');
    expect(await axeViolations(dash)).toEqual([]);
    await dash.emulateMedia({ colorScheme: 'light' });

    const farmBox = dash.getByRole('checkbox', { name: /127\.0\.0\.2/ });
    await expect.poll(() => farmBox.isChecked()).toBe(true); // pre-selected by its spam score
    expect(await dash.getByRole('checkbox', { name: /127\.0\.0\.1/ }).isChecked()).toBe(false);
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: /Download disavow\.txt/ }).click()]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# Disavow file made with Linkscout on \d{4}-\d{2}-\d{2}$/);
    for (const line of lines) expect(line.startsWith('#') || line.startsWith('domain:') || /^https?:\/\//.test(line), line).toBe(true);
    expect(lines.filter((l) => !l.startsWith('#'))).toEqual(['domain:127.0.0.2']);
  });
});
