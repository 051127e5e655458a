// `npm run bench`: the scanner budgets of DESIGN.md measured in headless Chromium with the built
// extension. It prints figures and ratios and writes them to out/bench.json; it never fails on a
// slow figure (timings are not assertions), only when something crashes.
// Options: --no-build (use the current .output/chrome-mv3), --quick (fewer runs).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchPreamble, createRepeat } from './lib/bench-run.mjs';

const { root, quick, built: BUILT, executablePath } = benchPreamble();

// Imported after the dependencies exist.
const { startFixtureServer } = await import('./lib/fixture-server.mjs');
const { launchWithExtension, openTab } = await import('./lib/extension-browser.mjs');
const { generateLinksPage } = await import('./lib/bench-page.mjs');
const { timedBareLoop, timedScan } = await import('./lib/bench-scan.mjs');
const { withLimit } = await import('./lib/bench-run.mjs');
const { firstScans } = await import('./lib/bench-first-scan.mjs');
const { fmt, summarize, table } = await import('./lib/bench-stats.mjs');
const { backlinksFirstRender, readerCpu, seedBacklinks } = await import('./lib/bench-reader.mjs');
const { popupFirstList, popupSample, stopServiceWorker } = await import('./lib/bench-popup.mjs');

// A private copy of the build: a rebuild in the working tree during the run must not pull files
// out from under the browser.
const EXTENSION = mkdtempSync(join(tmpdir(), 'linkscout-bench-ext-'));
cpSync(BUILT, EXTENSION, { recursive: true });
const SCANNER_FILE = join(EXTENSION, 'content-scripts/scanner.js');
const CORPUS = resolve(root, '../shared/corpus/readability');
const ARTICLES = ['ars-1.html', 'bbc-1.html', 'guardian-1.html', 'wikipedia.html'];
const BIG_PATH = '/bench/links-10000.html';
const RUNS = quick ? 5 : 12;
const FRESH_RUNS = quick ? 10 : 30;
/** Corpus pages the popup is opened for, and openings per page. */
const POPUP_PAGES = 20;
const POPUP_OPENINGS = 2;
const OP_LIMIT_MS = 30_000;
/** Wall time one measurement may take before it settles for fewer runs (the whole bench aims at ~2 minutes). */
const SECTION_BUDGET_MS = 20_000;
const MIN_RUNS = 5;

const big = generateLinksPage({ count: 10_000 });
const sites = await startFixtureServer({
  root: join(root, 'tests/fixtures/sites'),
  lifetimeMs: 5 * 60_000,
  route: (req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== BIG_PATH) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(big.html);
    return true;
  },
});
const corpusPages = existsSync(CORPUS) ? ARTICLES.filter((f) => existsSync(join(CORPUS, f))) : [];
const allCorpusPages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort() : [];
const corpus = corpusPages.length > 0 ? await startFixtureServer({ root: CORPUS, lifetimeMs: 10 * 60_000, maxRequests: 20_000 }) : null;
if (!corpus) console.warn(`Corpus folder not found at ${CORPUS}: typical-article figures use tests/fixtures/sites/bench/article.html.`);
const articles = corpus ? corpusPages.map((f) => ({ name: f.replace(/\.html$/, ''), url: `${corpus.origin}/${f}` })) : [{ name: 'bench/article', url: `${sites.origin}/bench/article.html` }];

const browser = await launchWithExtension({ executablePath, extensionPath: EXTENSION });
// The scanner reads only the document: subresources are refused so page loads stay short and alike.
// (Extension pages keep theirs: the popup needs its scripts; the background's page reads go through.)
const SUBRESOURCES = new Set(['image', 'stylesheet', 'script', 'font', 'media']);
await browser.context.route(
  (url) => url.protocol === 'http:' || url.protocol === 'https:',
  (route) => (SUBRESOURCES.has(route.request().resourceType()) ? route.abort('blockedbyclient') : route.fallback()),
);
const { context, worker, extensionId } = browser;
const userAgent = await worker.evaluate(() => navigator.userAgent);
const optionsFor = (url) => ({ pageDomain: new URL(url).hostname, ownDomains: [], keywords: [] });

/** @type {{ id: string; label: string; median: number; p95: number; runs: number; baseline: number | null; ratio: number | null; budget: string; within: boolean | null; note: string }[]} */
const rows = [];
/** @type {string[]} */
const errors = [];
/** @type {string[]} */
const notes = [];
/** JavaScript the popup loaded before its links showed, in bytes (set by section d). */
const popupBytes = { median: 0, max: 0 };

const repeat = createRepeat({ errors, notes, limitMs: OP_LIMIT_MS, budgetMs: SECTION_BUDGET_MS, minRuns: MIN_RUNS });

function row(id, label, values, { baseline = null, budget, limit, note = '', on = 'median' }) {
  const s = summarize(values);
  const ratio = baseline ? s.median / baseline : null;
  const figure = on === 'ratio' ? ratio : s[on];
  const within = values.length === 0 || limit === undefined || figure === null ? null : figure <= limit;
  rows.push({ id, label, median: s.median, p95: s.p95, runs: s.runs, baseline, ratio, budget, within, note });
}

// (a) 10,000 links: the scanner against a bare querySelectorAll + new URL loop, same page, same run.
{
  console.log(`(a) ${big.anchors} links: scanner vs bare loop, ${RUNS} runs each…`);
  const url = `${sites.origin}${BIG_PATH}`;
  const { page, tabId } = await openTab(context, worker, url);
  await page.waitForLoadState('load');
  const bare = [];
  const scans = [];
  // Interleaved so that any drift in the machine's load hits both alike.
  const pairs = await repeat('10k-link page', RUNS, 1, async () => {
    const b = await timedBareLoop(worker, tabId);
    const s = await timedScan(worker, tabId, optionsFor(url));
    return { b, s };
  });
  for (const { b, s } of pairs) {
    bare.push(b);
    scans.push(s);
  }
  const bareIn = summarize(bare.map((b) => b.inPageMs)).median;
  const bareTrip = summarize(bare.map((b) => b.roundTripMs)).median;
  const listed = scans[0]?.links ?? 0;
  row('links10k.bare.inPage', '10k links: bare loop, in page', bare.map((b) => b.inPageMs), { budget: 'baseline' });
  row('links10k.scan.inPage', '10k links: scanner, in page (durationMs)', scans.map((s) => s.inPageMs), { baseline: bareIn, budget: '≤ 3× bare loop', limit: 3, on: 'ratio', note: `${listed} distinct links` });
  row('links10k.bare.roundTrip', '10k links: bare loop, executeScript round trip', bare.map((b) => b.roundTripMs), { budget: 'baseline' });
  row('links10k.scan.roundTrip', '10k links: scanner, executeScript round trip', scans.map((s) => s.roundTripMs), { baseline: bareTrip, budget: '≤ 3× bare loop', limit: 3, on: 'ratio', note: 'includes compile and result transfer' });
  await page.close();
}

// (b) Typical article pages: in-page scan time.
{
  console.log(`(b) typical articles (${articles.map((a) => a.name).join(', ')}), ${RUNS} runs each…`);
  const { page, tabId } = await openTab(context, worker, 'about:blank');
  for (const article of articles) {
    await page.goto(article.url, { waitUntil: 'load' });
    const scans = await repeat(`article ${article.name}`, RUNS, 2, () => timedScan(worker, tabId, optionsFor(article.url)), { budgetMs: 6_000 });
    row(`article.${article.name}`, `article ${article.name}: scanner, in page`, scans.map((s) => s.inPageMs), {
      budget: '< 10 ms (median)',
      limit: 10,
      note: `${scans[0]?.links ?? '?'} links; round trip median ${fmt(summarize(scans.map((s) => s.roundTripMs)).median)} ms`,
    });
  }
  await page.close();
}

// (c) Injection into a freshly loaded real page, compile included: a new navigation before every run.
{
  const article = articles[0];
  console.log(`(c) fresh injection into ${article.name}, ${FRESH_RUNS} navigations…`);
  const { page, tabId } = await openTab(context, worker, 'about:blank');
  const scans = await repeat(`fresh injection ${article.name}`, FRESH_RUNS, 3, async () => {
    await page.goto(`${article.url}?fresh=${Math.random().toString(36).slice(2)}`, { waitUntil: 'load' });
    return timedScan(worker, tabId, optionsFor(article.url));
  }, { minRuns: FRESH_RUNS });
  row('inject.fresh.roundTrip', `fresh page (${article.name}): injection round trip`, scans.map((s) => s.roundTripMs), {
    budget: 'p95 < 50 ms',
    limit: 50,
    on: 'p95',
    note: `of which scanning in page: median ${fmt(summarize(scans.map((s) => s.inPageMs)).median)} ms`,
  });
  await page.close();
}

// (c2) The first scan of every corpus page, freshly loaded, as the popup makes it (options call included).
if (corpus && allCorpusPages.length > 0) {
  console.log(`(c2) first scan of each of ${allCorpusPages.length} corpus pages, then the same scan again…`);
  const { page, tabId } = await openTab(context, worker, 'about:blank');
  const list = allCorpusPages.map((f) => ({ name: f, url: `${corpus.origin}/${f}` }));
  const result = await firstScans(page, worker, tabId, list, optionsFor, withLimit);
  errors.push(...result.errors);
  const cold = result.cold.map((s) => s.roundTripMs);
  row('corpus.first.roundTrip', `corpus (${result.cold.length} pages): first scan, both executeScript calls`, cold, {
    budget: 'p95 ≤ 50 ms',
    limit: 50,
    on: 'p95',
    note: `in page p50 ${fmt(summarize(result.cold.map((s) => s.inPageMs)).median)} / p95 ${fmt(summarize(result.cold.map((s) => s.inPageMs)).p95)} ms; result p95 ${fmt(summarize(result.cold.map((s) => s.bytes)).p95 / 1024)} KB`,
  });
  row('corpus.second.roundTrip', `corpus (${result.warm.length} pages): the same scan repeated`, result.warm.map((s) => s.roundTripMs), {
    budget: 'reference',
    note: `in page p50 ${fmt(summarize(result.warm.map((s) => s.inPageMs)).median)} / p95 ${fmt(summarize(result.warm.map((s) => s.inPageMs)).p95)} ms`,
  });
  const worst = [...result.cold].sort((a, b) => b.roundTripMs - a.roundTripMs).slice(0, 5);
  notes.push(`slowest first scans: ${worst.map((w) => `${w.name} ${fmt(w.roundTripMs)} ms (${w.links} links)`).join(', ')}`);
  await page.close();
}

// (d) Popup opened → links on screen, over a sample of corpus pages, and the JavaScript loaded before
// they show (scripts/lib/bench-popup.mjs). Each page is loaded in a tab first, then the popup opened for it.
{
  const sample = corpus ? popupSample(allCorpusPages, quick ? 8 : POPUP_PAGES).map((f) => ({ name: f, url: `${corpus.origin}/${f}` })) : articles;
  console.log(`(d) popup opened → links on screen, ${sample.length} pages × ${POPUP_OPENINGS} openings, and 1 with the service worker stopped…`);
  const loadBefore = loadavg()[0];
  const runs = [];
  const asleep = [];
  let sw = worker;
  for (const item of sample) {
    const { page, tabId } = await openTab(context, sw, item.url);
    await page.waitForLoadState('load').catch(() => undefined);
    const open = async (into) => {
      try {
        into.push({ name: item.name, ...(await withLimit(popupFirstList(context, extensionId, EXTENSION, tabId), OP_LIMIT_MS, `popup on ${item.name}`)) });
      } catch (error) {
        errors.push(`popup on ${item.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    for (let i = 0; i < POPUP_OPENINGS; i++) await open(runs);
    // Once more with the service worker stopped, as it is after the browser's idle timeout.
    try {
      const running = await stopServiceWorker(context, page, extensionId);
      await open(asleep);
      sw = await running();
    } catch (error) {
      errors.push(`popup with the worker stopped, ${item.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    await page.close();
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const bytes = summarize([...runs, ...asleep].map((r) => r.bytes));
  row('popup.firstLinks', `popup opened → links on screen (${new Set(runs.map((r) => r.name)).size} corpus pages × ${POPUP_OPENINGS})`, runs.map((r) => r.ms), {
    budget: 'p95 ≤ 200 ms',
    limit: 200,
    on: 'p95',
    note: `from the popup's navigation start to the first frame painting the list; service worker awake; page and scripts loaded (DOMContentLoaded) at median ${fmt(summarize(runs.map((r) => r.started)).median)} ms`,
  });
  row('popup.firstLinks.workerStopped', `the same, service worker stopped first (${asleep.length} openings)`, asleep.map((r) => r.ms), {
    budget: 'p95 ≤ 200 ms',
    limit: 200,
    on: 'p95',
    note: 'the popup wakes the worker for its registrable-domain lookups',
  });
  notes.push(`popup: JavaScript loaded before the links showed (minified, from the built files): median ${kb(bytes.median)}, largest ${kb(Math.max(0, ...runs.map((r) => r.bytes), ...asleep.map((r) => r.bytes)))} (budget 150 KB); loaded after: median ${kb(summarize(runs.map((r) => r.laterBytes)).median)}`);
  notes.push(`popup: machine load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after these openings (${cpus().length} cores)`);
  notes.push(`popup scripts before the links: ${runs[0]?.scripts.join(', ') ?? '–'}`);
  const slow = [...runs].sort((a, b) => b.ms - a.ms).slice(0, 3);
  notes.push(`slowest popup openings: ${slow.map((r) => `${r.name} ${fmt(r.ms)} ms`).join(', ')}`);
  Object.assign(popupBytes, { median: bytes.median, max: Math.max(0, ...runs.map((r) => r.bytes), ...asleep.map((r) => r.bytes)) });
}

// (e) The page reader: CPU per page beyond the fetch (decode, DOMParser in the offscreen document, lib/scan), every corpus page.
{
  const all = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort() : [];
  const pages = quick ? all.slice(0, 40) : all;
  const reads = pages.length > 0 ? await startFixtureServer({ root: CORPUS, lifetimeMs: 10 * 60_000, maxRequests: 10 * pages.length }) : null;
  console.log(`(e) page reader over ${pages.length} corpus pages…`);
  try {
    const { parseMs, failed } = reads ? await readerCpu(context, extensionId, pages.map((f) => `${reads.origin}/${f}`)) : { parseMs: [], failed: 0 };
    row('reader.cpuPerPage', `page reader: CPU per page beyond the fetch (${parseMs.length} pages)`, parseMs, { budget: 'p95 ≤ 20 ms', limit: 20, on: 'p95', note: `decode + DOMParser + scan${failed ? `; ${failed} pages not HTML or not read` : ''}` });
  } catch (error) {
    errors.push(`page reader: ${error instanceof Error ? error.message : String(error)}`);
  }
  await reads?.close();
}

// (f) The Backlinks view's first render with 10,000 backlinks in the database.
{
  console.log('(f) Backlinks view with 10,000 backlinks…');
  await seedBacklinks(context, extensionId, 10_000);
  const times = await repeat('backlinks first render', quick ? 3 : 8, 1, () => backlinksFirstRender(context, extensionId));
  row('backlinks.firstRender', 'Backlinks view, first render with 10,000 backlinks', times, { budget: '≤ 300 ms (median)', limit: 300, note: 'wall clock from goto to the charts' });
}

await browser.close();
await sites.close();
await corpus?.close();

const bytes = statSync(SCANNER_FILE).size;
const gzipBytes = gzipSync(readFileSync(SCANNER_FILE)).length;
rmSync(EXTENSION, { recursive: true, force: true });
const yesNo = (w) => (w === null ? '–' : w ? 'yes' : 'NO');
console.log('');
console.log(`Chromium: ${userAgent}`);
console.log(`Scanner bundle: ${(bytes / 1024).toFixed(1)} KB (${(gzipBytes / 1024).toFixed(1)} KB gzipped)`);
console.log('');
console.log(
  table(
    ['measure', 'runs', 'median ms', 'p95 ms', 'baseline ms', 'ratio', 'budget', 'within', 'note'],
    rows.map((r) => [r.label, String(r.runs), fmt(r.median), fmt(r.p95), fmt(r.baseline), r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`, r.budget, yesNo(r.within), r.note]),
  ),
);
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
if (errors.length > 0) console.log(`\n${errors.length} measurement(s) stopped early:\n  ${errors.join('\n  ')}`);

const out = join(root, 'out');
mkdirSync(out, { recursive: true });
const report = { at: new Date().toISOString(), userAgent, quick, scanner: { bytes, gzipBytes }, popupBytes, rows, notes, errors };
writeFileSync(join(out, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nFigures written to ${join(out, 'bench.json')}`);
