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
 * Waits until the table is settled: not busy, and its count known (the dashboard shows rows first
 * and "of …" until the exact count arrives), so one measurement does not run into the last one's count.
 * @param {import('playwright-core').Page} page
 */
export async function waitSettled(page) {
  await page.waitForFunction(() => {
    const table = document.querySelector('table.prospects');
    const count = document.querySelector('[data-testid="row-count"]')?.textContent ?? '';
    return table && table.getAttribute('aria-busy') !== 'true' && count !== '' && !count.includes('…');
  }, undefined, { timeout: 60_000 });
}

/**
 * Picks `status` in the status filter and waits, in the page, until the table is no longer busy
 * and every row shows that status ('' = any status: waits for the unfiltered rows). Returns the
 * time to those rows and, as a reference, to the exact count shown after them.
 * @param {import('playwright-core').Page} page
 * @param {string} status
 * @returns {Promise<{ rowsMs: number; countMs: number }>}
 */
export function timedStatusFilter(page, status) {
  return page.evaluate(
    ({ status, row }) =>
      new Promise((resolve, reject) => {
        const select = /** @type {HTMLSelectElement | null} */ (document.querySelector('#filter-status'));
        if (!select) return reject(new Error('no status filter on the page'));
        const shown = () => {
          const table = document.querySelector('table.prospects');
          const rows = [...document.querySelectorAll(`${row} select.status-select`)].map((s) => /** @type {HTMLSelectElement} */ (s).value);
          if (!table || table.getAttribute('aria-busy') === 'true' || rows.length === 0) return false;
          return status === '' ? rows.some((s) => s !== rows[0]) : rows.every((s) => s === status);
        };
        const counted = () => !(document.querySelector('[data-testid="row-count"]')?.textContent ?? '…').includes('…');
        const started = performance.now();
        let rowsMs = null;
        const check = () => {
          if (rowsMs === null && shown()) rowsMs = performance.now() - started;
          if (rowsMs === null || !counted()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve({ rowsMs, countMs: performance.now() - started });
        };
        const observer = new MutationObserver(check);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`rows for status "${status}" did not show within 60 s`));
        }, 60_000);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-busy', 'value'] });
        select.value = status;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    { status, row: ROW },
  );
}

/**
 * Clicks "CSV: all prospects" and waits for the download; returns the time and the file's path.
 * With `screenshotPath`, also photographs the progress bar while the export runs.
 * @param {import('playwright-core').Page} page
 * @param {string | null} [screenshotPath]
 */
export async function timedCsvExport(page, screenshotPath = null) {
  const button = page.getByRole('button', { name: /^CSV: all prospects/ });
  const started = performance.now();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await button.click();
  // The progress bar while the export runs (the page must stay responsive enough to paint it).
  if (screenshotPath) await page.getByTestId('export-progress').screenshot({ path: screenshotPath }).catch((error) => console.log(`  no progress screenshot: ${error.message.split('\n')[0]}`));
  const download = await downloading;
  const ms = performance.now() - started;
  const path = await download.path();
  return { ms, path };
}

/**
 * Types `word` into the search box and waits, in the page, until the table is no longer busy and
 * its rows have changed; returns the time less the dashboard's typing pause (`pauseMs`), so the
 * figure is the search itself, and as a reference the time until the exact count is shown.
 * @param {import('playwright-core').Page} page
 * @param {string} word
 * @param {number} pauseMs
 * @returns {Promise<{ rowsMs: number; countMs: number }>}
 */
export function timedSearch(page, word, pauseMs) {
  return page.evaluate(
    ({ word, pauseMs, row }) =>
      new Promise((resolve, reject) => {
        const input = /** @type {HTMLInputElement | null} */ (document.querySelector('input[type="search"], #filter-search'));
        if (!input) return reject(new Error('no search box on the page'));
        const ids = () => [...document.querySelectorAll(row)].map((r) => r.getAttribute('data-id')).join(' ');
        const count = () => document.querySelector('[data-testid="row-count"]')?.textContent ?? '';
        const before = ids();
        const started = performance.now();
        let rowsMs = null;
        const check = () => {
          const table = document.querySelector('table.prospects');
          const settled = table && table.getAttribute('aria-busy') !== 'true';
          const empty = document.querySelector('[data-testid="empty-filtered"]');
          if (rowsMs === null && (empty || (settled && ids() !== before))) rowsMs = performance.now() - started - pauseMs;
          if (rowsMs === null || (!empty && count().includes('…'))) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve({ rowsMs, countMs: performance.now() - started - pauseMs });
        };
        const observer = new MutationObserver(check);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`search for "${word}" showed nothing new within 60 s`));
        }, 60_000);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
        input.value = word;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { word, pauseMs, row: ROW },
  );
}

/** A Hunter domain-search style file: `rows` people over rows / 3 domains, a third of them already saved. */
export function hunterCsv(rows) {
  const lines = ['Domain name,Email address,First name,Last name,Position,Confidence score'];
  for (let i = 0; i < rows; i++) {
    const site = i % 3 === 0 ? `site${i % 200}.example` : `new${Math.floor(i / 3)}.example`;
    lines.push(`${site},person${i}@${site},Ann${i},Lee,Editor,${50 + (i % 50)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Chooses a CSV file in the import box and waits for the preview; returns the time, then closes
 * the preview (nothing is written).
 * @param {import('playwright-core').Page} page
 * @param {string} csv
 */
export async function timedImportPreview(page, csv) {
  const input = page.getByLabel(/Import a CSV file/);
  const started = performance.now();
  await input.setInputFiles({ name: 'bench-hunter.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-preview').waitFor({ timeout: 120_000 });
  const ms = performance.now() - started;
  await page.getByTestId('import-preview').getByRole('button', { name: 'Cancel' }).click();
  await page.getByTestId('import-preview').waitFor({ state: 'detached' });
  return ms;
}
