// The list measurements of `npm run bench:store` (a status filter, a full-text search), each
/* global MutationObserver, Event */
// timed inside the page from the change to the rows shown, and to the exact count shown after them.

const ROW = '[data-testid="prospect-row"]';

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
