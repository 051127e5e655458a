// The dashboard measurements of `npm run bench:store` (first render, CSV export, import preview;
/* global MutationObserver, MessageChannel, requestAnimationFrame */
// the list's are in bench-store-list.mjs), timed inside the page where they can be
// (performance.now() there counts from the navigation start), so Playwright's round trips stay out.

const ROW = '[data-testid="prospect-row"]';

/**
 * Installed before any page script runs: records when the first table row enters the DOM, and
 * when the frame holding it has been drawn.
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
      // An animation frame's callbacks run before its style, layout and paint; a message posted
      // from one is handled after them, when the frame holding the row has been drawn.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (mark.firstRowPaintMs = performance.now());
        channel.port2.postMessage(null);
      });
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
