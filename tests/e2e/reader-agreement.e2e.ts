// The page reader and the tab scanner are one set of rules on two hosts. Every page of the real
// corpus (../shared/corpus/readability) and every fixture page is scanned in a tab and read by
// the background (fetch → offscreen DOMParser → lib/scan); both results must be the same.
// Pages are served with `script-src 'none'`, so the tab shows the HTML as served, as the reader does.
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/lib/bootstrap.mjs';
import { launchWithExtension, openTab } from '../../scripts/lib/extension-browser.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { pageScanSchema, type PageScan } from '../../lib/schemas/page-scan';
import { registrableDomain } from '../../lib/url/domain';
import { EXTENSION, ROOT, SITES } from './harness';
import { type ChromeWorld, queueReads, scanSummary, storeSettings, waitForReads } from './reader-world';

const CORPUS = resolve(ROOT, '../shared/corpus/readability');
const OWN = ['twitter.com', 'facebook.com', 'wikipedia.org', 'github.com', 'example.com'];
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort().map((f) => `/corpus/${f}`) : [];
const fixtures = ['bench/article.html', 'contacts/contact-us.html', 'contacts/hostile.html', 'demo/index.html',
  ...readdirSync(join(SITES, 'kinds')).map((f) => `kinds/${f}`), 'pages/links.html', 'pages/no-outbound.html'].map((p) => `/sites/${p}`);
/** READER_PAGES=<regex> narrows the run while investigating a disagreement. */
const only = process.env.READER_PAGES ? new RegExp(process.env.READER_PAGES) : null;
const paths = [...fixtures, ...corpus].filter((p) => !only || only.test(p));

let close: () => Promise<void> = async () => undefined;
let origin = '';
let page: Page;
const reads = new Map<string, PageScan | string>();
let launched: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found.');
  const server = await startFixtureServer({
    root: SITES, maxRequests: 20 * paths.length, lifetimeMs: 15 * 60_000,
    route: async (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const [, area, ...rest] = path.split('/');
      const dir = area === 'corpus' ? CORPUS : area === 'sites' ? SITES : null;
      if (!dir || rest.some((p) => p === '..')) return false;
      const type = extname(path) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream';
      const body = await readFile(join(dir, ...rest));
      res.writeHead(200, { 'content-type': type, 'content-security-policy': "script-src 'none'" }).end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  });
  launched = await launchWithExtension({ executablePath, extensionPath: EXTENSION });
  origin = server.origin;
  close = async () => {
    await launched.close();
    await server.close();
  };
  // Images, styles and frames only slow the tabs down; the documents are what is compared.
  const heavy = new Set(['image', 'stylesheet', 'font', 'media', 'script']);
  await launched.context.route((u) => u.protocol === 'http:', (route) => (heavy.has(route.request().resourceType()) ? route.abort('blockedbyclient') : route.fallback()));
  page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/dashboard.html`);
  await storeSettings(page, { ownDomains: OWN, keywords: [], checker: { perHostConcurrency: 3, minGapMs: 0, globalConcurrency: 6, timeoutMs: 60_000, hopLimit: 10, cacheTtlHours: 24, exclusions: [], allowPrivateNetwork: false } });
  const urls = paths.map((p) => `${origin}${p}`);
  const ids = await queueReads(page, urls);
  const jobs = await waitForReads(page, ids, 10 * 60_000);
  jobs.forEach((job, i) => reads.set(urls[i] ?? '', job.result?.scan ?? `no scan: ${job.state} ${job.error ?? job.result?.verdict.reason ?? ''}`));
  // A loaded test machine can time a local page out; such pages are read once more (a time-out is
  // not a disagreement, and the retry is reported when it fails again).
  const timedOut = urls.filter((u) => /no scan: .*time limit|timeout/.test(String(reads.get(u))));
  if (timedOut.length > 0) {
    const again = await waitForReads(page, await queueReads(page, timedOut), 5 * 60_000);
    again.forEach((job, i) => reads.set(timedOut[i] ?? '', job.result?.scan ?? `no scan twice: ${job.state} ${job.error ?? job.result?.verdict.reason ?? ''}`));
  }
}, 12 * 60_000);

afterAll(async () => close());

async function tabScan(url: string): Promise<PageScan> {
  const { page: tab, tabId } = await openTab(launched.context, launched.worker, url);
  try {
    const raw = await launched.worker.evaluate(async ({ tabId, options }) => {
      const { chrome } = globalThis as unknown as ChromeWorld;
      await chrome.scripting.executeScript({
        target: { tabId },
        func: (value: never) => { (globalThis as unknown as Record<string, unknown>).__linkscoutScanOptions = value; },
        args: [options],
      });
      const [injection] = await chrome.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/scanner.js'] });
      return injection?.result;
    }, { tabId, options: { pageDomain: registrableDomain(url), ownDomains: OWN, keywords: [] } });
    // The scanner hands its PageScan back as one JSON string (a cheaper round trip than a structured clone).
    return pageScanSchema.parse(typeof raw === 'string' ? JSON.parse(raw) : raw);
  } finally {
    await tab.close();
  }
}

describe('page reader agrees with the tab scan', () => {
  it.each(paths)('%s', { timeout: 60_000 }, async (path) => {
    const url = `${origin}${path}`;
    const read = reads.get(url);
    expect(typeof read, `read of ${path}: ${String(read)}`).toBe('object');
    const tab = await tabScan(url);
    expect(scanSummary(read as PageScan)).toEqual(scanSummary(tab));
  });
});
