// The three dashboard measurements of `npm run bench:store`, each timed inside the page where it
/* global MutationObserver, requestAnimationFrame, Event */
// can be (performance.now() there counts from the navigation start), so Playwright's own round
// trips stay out of the figures.

const ROW = '[data-testid="prospect-row"]';

/**
 * Installed before any page script runs: records when the first table row enters the DOM, and
 * the frame after it (when it is painted).
 * @param {import('playwright-core').BrowserContext} context
 */
export async function watchFirstRow(context) {
  await context.addInitScript((selector) => {
    const mark = /** @type {{ appMs?: number; firstRowMs?: number; firstRowPaintMs?: number }} */ (globalThis);
    const observer = new MutationObserver(() => {
      // The app's first render (its loading state): page load and script start end here, data reading begins.
      if (mark.appMs === undefined && document.getElementById('app')?.firstChild) mark.appMs = performance.now();
      if (mark.firstRowMs !== undefined || !document.querySelector(selector)) return;
      mark.firstRowMs = performance.now();
      requestAnimationFrame(() => (mark.firstRowPaintMs = performance.now()));
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, ROW);
}

/**
 * Opens the dashboard in a fresh tab; returns navigation start → the app's first render, → first
 * row in the DOM, → the frame after it.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 */
export async function timedFirstRender(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.locator(ROW).first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => /** @type {{ firstRowPaintMs?: number }} */ (globalThis).firstRowPaintMs !== undefined);
    return await page.evaluate(() => {
      const mark = /** @type {{ appMs: number; firstRowMs: number; firstRowPaintMs: number }} */ (/** @type {unknown} */ (globalThis));
      return { appMs: mark.appMs, domMs: mark.firstRowMs, paintMs: mark.firstRowPaintMs };
    });
  } finally {
    await page.close();
  }
}

/**
 * Picks `status` in the status filter and waits, in the page, until the table is no longer busy
 * and every row shows that status ('' = any status: waits for the unfiltered rows).
 * @param {import('playwright-core').Page} page
 * @param {string} status
 */
export function timedStatusFilter(page, status) {
  return page.evaluate(
    ({ status, row }) =>
      new Promise((resolve, reject) => {
        const select = /** @type {HTMLSelectElement | null} */ (document.querySelector('#filter-status'));
        if (!select) return reject(new Error('no status filter on the page'));
        const done = () => {
          const table = document.querySelector('table.prospects');
          const rows = [...document.querySelectorAll(`${row} select.status-select`)].map((s) => /** @type {HTMLSelectElement} */ (s).value);
          if (!table || table.getAttribute('aria-busy') === 'true' || rows.length === 0) return false;
          return status === '' ? rows.some((s) => s !== rows[0]) : rows.every((s) => s === status);
        };
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`rows for status "${status}" did not show within 30 s`));
        }, 30_000);
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy', 'value'] });
        select.value = status;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    { status, row: ROW },
  );
}

/**
 * Clicks "CSV: all prospects" and waits for the download; returns the time and the file's size.
 * @param {import('playwright-core').Page} page
 */
export async function timedCsvExport(page) {
  const button = page.getByRole('button', { name: /^CSV: all prospects/ });
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const ms = performance.now() - started;
  const path = await download.path();
  return { ms, path };
}
