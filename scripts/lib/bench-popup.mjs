// The popup's budgets (DESIGN.md): popup opened → links on screen, and the JavaScript it loads
// before they show. Both are read inside the popup page: the moment the list (or its empty,
// restricted or error state) is first painted, from navigation start; and the scripts Resource
// Timing saw requested before that moment, sized from the built (minified) files.
import { statSync } from 'node:fs';
import { join } from 'node:path';

/* global requestAnimationFrame, MutationObserver -- watchForList runs in the popup page */

const LISTED = '[data-testid="domain-group"], [data-testid="total-links"], [data-testid="restricted-message"], [role="alert"]';

/** Runs in the popup before its own scripts: notes the first frame that paints the list. */
function watchForList(selector) {
  const w = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window));
  const seen = () => {
    if (w.__listedAt !== undefined || w.__listedSeen || !document.querySelector(selector)) return;
    w.__listedSeen = true;
    // rAF callbacks run just before the frame is painted: the first one after the list is in the DOM.
    requestAnimationFrame(() => (w.__listedAt = performance.now()));
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

/**
 * Opens the popup once for a tab and measures it.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {string} extensionDir the built extension the browser loaded
 * @param {number} tabId
 */
export async function popupFirstList(context, extensionId, extensionDir, tabId) {
  const popup = await context.newPage();
  /** @type {import('playwright-core').Request[]} */
  const requests = [];
  popup.on('request', (req) => {
    if (req.url().startsWith('chrome-extension:') && new URL(req.url()).pathname.endsWith('.js')) requests.push(req);
  });
  try {
    await popup.setViewportSize({ width: 440, height: 600 });
    await popup.addInitScript(watchForList, LISTED);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
    await popup.waitForFunction(() => /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window)).__listedAt !== undefined, null, { timeout: 15_000 });
    const { listedAt, listedEpoch, listed, started } = await popup.evaluate((selector) => {
      const at = /** @type {number} */ (/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window)).__listedAt);
      const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
      // Module scripts run before DOMContentLoaded: this is when the popup's own code has started.
      return { listedAt: at, listedEpoch: performance.timeOrigin + at, listed: !!document.querySelector(selector), started: nav?.domContentLoadedEventStart ?? NaN };
    }, '[data-testid="domain-group"], [data-testid="total-links"]');
    // Let what the popup loads after the list arrive, so it can be told apart and reported.
    await popup.waitForLoadState('networkidle').catch(() => undefined);
    const size = (/** @type {string} */ path) => statSync(join(extensionDir, path)).size;
    const timed = await Promise.all(requests.map(async (req) => ({ path: new URL(req.url()).pathname, start: (await req.response().catch(() => null)) ? req.timing().startTime : Infinity })));
    const before = timed.filter((r) => r.start < listedEpoch).map((r) => r.path);
    const after = timed.filter((r) => r.start >= listedEpoch).map((r) => r.path);
    const bytes = before.reduce((n, p) => n + size(p), 0);
    const laterBytes = after.reduce((n, p) => n + size(p), 0);
    return { ms: listedAt, started, bytes, laterBytes, scripts: before, later: after, listed };
  } finally {
    await popup.close();
  }
}

/**
 * Every n-th page of a sorted list, so the sample spreads over the whole corpus.
 * @param {string[]} pages
 * @param {number} count
 */
export function popupSample(pages, count) {
  if (pages.length <= count) return pages;
  const step = pages.length / count;
  return Array.from({ length: count }, (_, i) => pages[Math.floor(i * step)]);
}

/**
 * Stops the extension's service worker, as the browser does after ~30 s idle: the next popup then
 * wakes it for its domain lookups. Returns a function that gives the worker once it runs again.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page any page of the context
 * @param {string} extensionId
 */
export async function stopServiceWorker(context, page, extensionId) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
  const ours = (/** @type {import('playwright-core').Worker} */ w) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  const alive = async (/** @type {import('playwright-core').Worker} */ w) => w.evaluate(() => true).catch(() => false);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return async () => {
    for (const w of context.serviceWorkers().filter(ours)) if (await alive(w)) return w;
    return context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 });
  };
}
