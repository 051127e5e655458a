// Timed injections for `npm run bench`, run from the extension's service worker so the figures
// hold no Playwright overhead: the scanner bundle (`files`) against a bare loop (`func`), both in
// the page's isolated world, timed in the page (performance.now) and around executeScript.

const SCANNER = '/content-scripts/scanner.js';

/**
 * Sets the scanner's options global, then injects the built scanner and times the round trip.
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 * @param {{ pageDomain?: string; ownDomains: string[]; keywords: string[] }} options
 * @returns {Promise<{ roundTripMs: number; inPageMs: number; links: number }>}
 */
export async function timedScan(worker, tabId, options) {
  return worker.evaluate(
    async ({ tabId, options, file }) => {
      await chrome.scripting.executeScript({
        target: { tabId },
        func: (value) => {
          globalThis.__linkscoutScanOptions = value;
        },
        args: [options],
      });
      const started = performance.now();
      const [injection] = await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
      const roundTripMs = performance.now() - started;
      const raw = injection?.result;
      const scan = typeof raw === 'string' ? JSON.parse(raw) : raw;
      if (!scan || typeof scan.durationMs !== 'number') throw new Error(`the scanner returned no scan (${JSON.stringify(injection?.result)?.slice(0, 200)})`);
      return { roundTripMs, inPageMs: scan.durationMs, links: scan.links.length };
    },
    { tabId, options, file: SCANNER },
  );
}

/**
 * The baseline: `querySelectorAll('a[href]')` and `new URL()` for each, returning the URLs so the
 * round trip also pays for sending a result back.
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 * @returns {Promise<{ roundTripMs: number; inPageMs: number; links: number }>}
 */
export async function timedBareLoop(worker, tabId) {
  return worker.evaluate(async (tabId) => {
    const started = performance.now();
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId },
      func: () => {
        const t0 = performance.now();
        const urls = [];
        for (const a of document.querySelectorAll('a[href]')) {
          try {
            urls.push(new URL(a.getAttribute('href') ?? '', document.baseURI).href);
          } catch {
            // malformed hrefs are skipped, as the scanner counts them apart
          }
        }
        return { inPageMs: performance.now() - t0, urls };
      },
    });
    const roundTripMs = performance.now() - started;
    const result = injection?.result;
    return { roundTripMs, inPageMs: result?.inPageMs ?? Number.NaN, links: result?.urls.length ?? 0 };
  }, tabId);
}
