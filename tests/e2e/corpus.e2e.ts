// The scanner against ~130 saved pages of real websites (../shared/corpus/readability), served
// from loopback into Chromium with the built extension. Every page must scan without crashing,
// within a time limit, and produce links that agree with what the browser and tldts say.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, it, type ExpectStatic } from 'vitest';
import { findChromium } from '../../scripts/lib/bootstrap.mjs';
import { launchWithExtension, openTab } from '../../scripts/lib/extension-browser.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { pageScanSchema, type PageKind, type PageScan, type ScanOptions } from '../../lib/schemas/page-scan';
import { registrableDomain } from '../../lib/url/domain';
import { EXTENSION, ROOT, SITES } from './harness';
import { formatKindMetrics, kindMetrics, loadKindLabels } from './kind-metrics';

const CORPUS = resolve(ROOT, '../shared/corpus/readability');
/** A scan (injection round trip) slower than this fails the page. */
// The issue's bound: no page may take over 5 s to scan.
const SCAN_TIMEOUT_MS = 5_000;
/** Loading is not the scanner's job, but a page that never loads must not stall the suite. */
const LOAD_TIMEOUT_MS = 30_000;
const TABS = 3;
const NOT_FOLLOWED = ['nofollow', 'sponsored', 'ugc'];

const pages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort() : [];

/** What the page itself says about its anchors, computed in the page's own context. */
interface PageFacts {
  url: string;
  /** Every `a[href]`/`area[href]` of the main document: raw href and `new URL(href, baseURI).href` (null when it throws). */
  anchors: { raw: string; resolved: string | null }[];
  /** The page's canonical (or og:url), absolute, when it declares one. */
  canonical: string | null;
}

/** The slice of the extension API the service worker uses here (the worker has `chrome`). */
interface ScannerWorld {
  chrome: {
    scripting: {
      executeScript(injection: { target: { tabId: number }; files?: string[]; func?: (...args: never[]) => unknown; args?: unknown[] }): Promise<{ result?: unknown }[]>;
    };
  };
}

interface Tab {
  page: Page;
  tabId: number;
}

let context: BrowserContext;
let worker: Worker;
let origin = '';
let stop: (() => Promise<void>) | undefined;
const idle: Tab[] = [];
const waiting: ((tab: Tab) => void)[] = [];
const durations: number[] = [];
/** The best page kind the scanner gave each labelled page (tests/page-kinds.json), by its label key. */
const kindLabels = loadKindLabels();
const predictedKinds = new Map<string, PageKind>();
let totalLinks = 0;

let opening: Promise<unknown> = Promise.resolve();

/** Opens a blank tab; one at a time, because `openTab` finds the new tab's id by difference. */
function newTab(): Promise<Tab> {
  const tab = opening.then(() => openTab(context, worker, 'about:blank'));
  opening = tab.catch(() => undefined);
  return tab;
}

/** Lends a tab from the small pool; a tab whose job failed (hung or crashed renderer) is replaced. */
async function withTab<T>(job: (tab: Tab) => Promise<T>): Promise<T> {
  const tab = idle.pop() ?? (await new Promise<Tab>((give) => waiting.push(give)));
  let healthy = false;
  try {
    const result = await job(tab);
    healthy = true;
    return result;
  } finally {
    const next = healthy ? tab : await tab.page.close().then(newTab, newTab);
    const taker = waiting.shift();
    if (taker) taker(next);
    else idle.push(next);
  }
}

function withinTime<T>(work: Promise<T>, what: string, limitMs = SCAN_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${limitMs} ms`)), limitMs);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** Injects the scanner the way the popup does (lib/tab/scan-tab.ts): options global first, then the bundle. */
async function scan(tabId: number, options: ScanOptions): Promise<unknown> {
  return worker.evaluate(
    async ({ tabId, options }) => {
      const { chrome } = globalThis as unknown as ScannerWorld;
      await chrome.scripting.executeScript({
        target: { tabId },
        func: (value: never) => {
          (globalThis as unknown as Record<string, unknown>).__linkscoutScanOptions = value;
        },
        args: [options],
      });
      const [injection] = await chrome.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/scanner.js'] });
      const raw = injection?.result;
      return typeof raw === 'string' ? JSON.parse(raw) : raw;
    },
    { tabId, options },
  );
}

async function pageFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const anchors = Array.from(document.querySelectorAll('a[href], area[href]'), (a) => {
      const raw = a.getAttribute('href') ?? '';
      try {
        return { raw, resolved: new URL(raw, document.baseURI).href };
      } catch {
        return { raw, resolved: null }; // malformed: the scanner counts it and must not list it
      }
    });
    const declared =
      document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content');
    const canonical = declared && URL.canParse(declared, document.baseURI) ? new URL(declared, document.baseURI).href : null;
    return { url: document.URL, anchors, canonical };
  });
}

/** The URL without its fragment, empty fragments ("page#") included. */
function withoutFragment(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

function checkOutbound(expect: ExpectStatic, result: PageScan, pageDomain: string, label: string): void {
  expect(result.domain, `${label}: scan.domain`).toBe(pageDomain);
  const wrong = result.links
    .filter((l) => l.outbound !== (registrableDomain(l.url) !== pageDomain))
    .map((l) => `${l.url} (outbound=${l.outbound}, tldts domain ${registrableDomain(l.url)})`);
  expect(wrong, `${label}: outbound disagrees with tldts against ${pageDomain}`).toEqual([]);
}

function checkLinks(expect: ExpectStatic, result: PageScan, facts: PageFacts): void {
  const keys = new Set<string>();
  for (const link of result.links) {
    const parsed = new URL(link.url);
    expect(['http:', 'https:'], `scheme of ${link.url}`).toContain(parsed.protocol);
    expect(link.url, 'url is absolute and canonical').toBe(parsed.href);
    expect(link.key, `key of ${link.url}`).toBe(withoutFragment(link.url));
    expect(link.host, `host of ${link.url}`).toBe(parsed.hostname.toLowerCase());
    expect(link.rel, `rel of ${link.url}`).toEqual(Array.from(new Set(link.rel.map((t) => t.toLowerCase()))));
    expect(link.follow, `follow of ${link.url}`).toBe(!link.rel.some((t) => NOT_FOLLOWED.includes(t)));
    expect(keys.has(link.key), `${link.key} listed once`).toBe(false);
    keys.add(link.key);
  }
  const byKey = new Map(result.links.map((l) => [l.key, l]));
  const pageKey = withoutFragment(facts.url);
  const firstSeen = new Map<string, string>();
  const missing: string[] = [];
  for (const { raw, resolved } of facts.anchors) {
    if (!resolved || !/^https?:/.test(resolved)) continue;
    const key = withoutFragment(resolved);
    // "#x" resolving to this very page only moves within it; the scanner counts those apart
    if (raw.trim().startsWith('#') && key === pageKey) continue;
    if (!firstSeen.has(key)) firstSeen.set(key, resolved);
    if (!byKey.has(key)) missing.push(`${raw} → ${resolved}`);
  }
  expect(missing.slice(0, 10), `anchors the browser resolves to http(s) but the scan lacks (${missing.length})`).toEqual([]);
  const misresolved = Array.from(firstSeen, ([key, href]) => ({ href, url: byKey.get(key)?.url }))
    .filter((x) => x.url !== undefined && x.url !== x.href)
    .map((x) => `${x.url} ≠ ${x.href}`);
  expect(misresolved.slice(0, 10), 'url is new URL(href, baseURI).href of the first occurrence').toEqual([]);

  const counted = result.links.reduce((n, l) => n + l.count, 0);
  const ignored = Object.values(result.ignored).reduce((n, v) => n + v, 0);
  // the scan also reaches SVG links, open shadow roots and same-origin frames, so it may see more
  expect(counted + ignored, 'every anchor is counted once: listed or ignored').toBeGreaterThanOrEqual(facts.anchors.length);
  expect(result.links.every((l) => l.count >= 1)).toBe(true);
}

if (pages.length === 0) {
  console.warn(`Corpus folder not found at ${CORPUS}: the real-page corpus suite is skipped.`);
  it.skip('corpus folder ../shared/corpus/readability not found', () => undefined);
} else {
  beforeAll(async () => {
    if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION}: run "npx wxt build" first.`);
    const executablePath = findChromium();
    if (!executablePath) throw new Error("No Chromium found: install Debian's chromium or set CHROME_PATH.");
    const server = await startFixtureServer({ root: CORPUS, maxRequests: 20 * pages.length, lifetimeMs: 5 * 60_000 });
    // A private copy of the build, so that a rebuild in the working tree cannot break a running suite.
    const extension = mkdtempSync(join(tmpdir(), 'linkscout-corpus-ext-'));
    cpSync(EXTENSION, extension, { recursive: true });
    const browser = await launchWithExtension({ executablePath, extensionPath: extension });
    ({ context, worker } = browser);
    origin = server.origin;
    stop = async () => {
      await browser.close();
      await server.close();
      rmSync(extension, { recursive: true, force: true });
    };
    // The scanner reads only the document; images, styles and scripts would only slow the run.
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => (route.request().resourceType() === 'document' ? route.fallback() : route.abort('blockedbyclient')),
    );
    for (let i = 0; i < TABS; i++) idle.push(await newTab());
  });

  afterAll(async () => {
    if (durations.length > 0) {
      const sorted = [...durations].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
      console.log(`Corpus: ${durations.length} pages scanned, ${totalLinks} links; scan time (durationMs) p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
    }
    const labels = new Map<string, PageKind>([...Object.entries(kindLabels.corpus), ...Object.entries(kindLabels.fixtures)]);
    const misses = Array.from(labels, ([page, label]) => [page, label, predictedKinds.get(page)] as const)
      .filter(([, label, guess]) => guess !== undefined && guess !== label)
      .map(([page, label, guess]) => `${page}: labelled ${label}, scanned as ${guess}`);
    if (predictedKinds.size > 0) console.log(formatKindMetrics(kindMetrics(labels, predictedKinds), misses));
    await stop?.();
  });

  describe.concurrent('scanner on real pages (../shared/corpus/readability)', () => {
    it.for(pages)('%s', { timeout: LOAD_TIMEOUT_MS + 4 * SCAN_TIMEOUT_MS }, async (file, { expect }) => {
      const { facts, pageDomain, raw, site, asSite } = await withTab(async ({ page, tabId }) => {
        await withinTime(page.goto(`${origin}/${file}`, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS }), `loading ${file}`, LOAD_TIMEOUT_MS);
        const facts = await withinTime(pageFacts(page), `reading ${file}`);
        const pageDomain = registrableDomain(facts.url);
        const raw = await withinTime(scan(tabId, { pageDomain, ownDomains: [], keywords: [] }), `scanning ${file}`);
        // The same page judged as if it sat on its real site: the scanner's suffix test must agree with tldts there too.
        const site = facts.canonical ? registrableDomain(facts.canonical) : '';
        const asSite = site && site !== pageDomain ? await withinTime(scan(tabId, { pageDomain: site, ownDomains: [], keywords: [] }), `rescanning ${file}`) : null;
        return { facts, pageDomain, raw, site, asSite };
      });
      const parsed = pageScanSchema.safeParse(raw);
      expect(parsed.error?.issues.slice(0, 3) ?? [], 'scan validates against pageScanSchema').toEqual([]);
      const result = parsed.data as PageScan;
      durations.push(result.durationMs);
      if (file in kindLabels.corpus && result.kinds[0]) predictedKinds.set(file, result.kinds[0].kind);
      totalLinks += result.links.length;
      expect(result.url).toBe(facts.url);
      checkLinks(expect, result, facts);
      checkOutbound(expect, result, pageDomain, 'loopback page');
      if (asSite !== null) checkOutbound(expect, pageScanSchema.parse(asSite), site, `as ${site}`);
    });
  });

  describe('labelled page kinds', () => {
    it('scans the labelled fixture pages; with the corpus pages the set holds at least 40', { timeout: 120_000 }, async ({ expect }) => {
      const fixtures = Object.keys(kindLabels.fixtures);
      expect(fixtures.length + Object.keys(kindLabels.corpus).length).toBeGreaterThanOrEqual(40);
      const server = await startFixtureServer({ root: SITES, lifetimeMs: 2 * 60_000 });
      try {
        for (const path of fixtures) {
          const raw = await withTab(async ({ page, tabId }) => {
            await withinTime(page.goto(`${server.origin}/${path}`, { waitUntil: 'domcontentloaded' }), `loading ${path}`, LOAD_TIMEOUT_MS);
            return withinTime(scan(tabId, { pageDomain: '127.0.0.1', ownDomains: [], keywords: [] }), `scanning ${path}`);
          });
          const kind = pageScanSchema.parse(raw).kinds[0]?.kind;
          expect(kind, `${path} has a page kind`).toBeDefined();
          if (kind) predictedKinds.set(path, kind);
        }
      } finally {
        await server.close();
      }
    });
  });
}
