// The first scan of a freshly loaded page, as the popup makes it: the options call and the scanner
// injection, timed together from the service worker, then the same scan repeated on the same page.

const SCANNER = '/content-scripts/scanner.js';

/**
 * One scan as the popup makes it; `roundTripMs` covers both executeScript calls.
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 * @param {{ pageDomain?: string; ownDomains: string[]; keywords: string[] }} options
 * @returns {Promise<{ roundTripMs: number; inPageMs: number; links: number; bytes: number }>}
 */
export async function popupStyleScan(worker, tabId, options) {
  return worker.evaluate(
    async ({ tabId, options, file }) => {
      const started = performance.now();
      await chrome.scripting.executeScript({
        target: { tabId },
        func: (value) => {
          globalThis.__linkscoutScanOptions = value;
        },
        args: [options],
      });
      const [injection] = await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
      const roundTripMs = performance.now() - started;
      const raw = injection?.result;
      const scan = typeof raw === 'string' ? JSON.parse(raw) : raw;
      if (!scan || typeof scan.durationMs !== 'number') throw new Error(`the scanner returned no scan (${String(raw).slice(0, 200)})`);
      const bytes = typeof raw === 'string' ? raw.length : JSON.stringify(raw).length;
      return { roundTripMs, inPageMs: scan.durationMs, links: scan.links.length, bytes };
    },
    { tabId, options, file: SCANNER },
  );
}

/**
 * Loads each page fresh in one tab and scans it twice: cold (the first injection) and warm.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 * @param {{ name: string; url: string }[]} pages
 * @param {(url: string) => { pageDomain?: string; ownDomains: string[]; keywords: string[] }} optionsFor
 * @param {<T>(work: Promise<T>, ms: number, what: string) => Promise<T>} withLimit
 */
export async function firstScans(page, worker, tabId, pages, optionsFor, withLimit) {
  const cold = [];
  const warm = [];
  const errors = [];
  for (const { name, url } of pages) {
    try {
      await withLimit(page.goto(`${url}?fresh=${Math.random().toString(36).slice(2)}`, { waitUntil: 'load' }), 30_000, `load ${name}`);
      cold.push({ name, ...(await withLimit(popupStyleScan(worker, tabId, optionsFor(url)), 30_000, `first scan ${name}`)) });
      warm.push({ name, ...(await withLimit(popupStyleScan(worker, tabId, optionsFor(url)), 30_000, `second scan ${name}`)) });
    } catch (error) {
      errors.push(`${name}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    }
  }
  return { cold, warm, errors };
}
