// Launches Chromium with the built extension loaded, and opens the popup for a chosen tab.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  // HttpsUpgrades: a test page on http://<public-looking name> must load as written, not be retried over https.
  '--disable-features=Translate,OptimizationHints,MediaRouter,HttpsUpgrades',
];

/** Every loopback address the fixtures use, written out: a rule pattern such as `127.*` would also let names like `127.0.0.1.nip.io` through. */
const LOOPBACK_LITERALS = [...Array.from({ length: 256 }, (_, i) => `127.0.0.${i}`), '[::1]'];

/**
 * Keeps a test browser off the network: no host name resolves except those the test maps itself
 * (`hostMap`, e.g. `{ 'public.example.com': '127.0.0.1' }`), and only literal loopback addresses
 * connect. Requests to anything else from pages are aborted.
 * @param {Record<string, string>} [hostMap]
 */
export function loopbackOnlyFlags(hostMap = {}) {
  const maps = Object.entries(hostMap).map(([name, ip]) => `MAP ${name} ${ip}`);
  const rules = [...maps, 'MAP * ~NOTFOUND', ...LOOPBACK_LITERALS.map((ip) => `EXCLUDE ${ip}`)];
  return [`--host-resolver-rules=${rules.join(', ')}`];
}

export const LOOPBACK_ONLY_FLAGS = loopbackOnlyFlags();

/**
 * @param {string} url
 * @param {Iterable<string>} [mappedHosts] names the test mapped to loopback
 */
export function isLoopbackUrl(url, mappedHosts = []) {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'ws:') return true; // data:, chrome-extension:, blob:
    return /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '[::1]' || new Set(mappedHosts).has(hostname);
  } catch {
    return false;
  }
}

/**
 * @param {{ executablePath: string; extensionPath: string; headless?: boolean; userDataDir?: string; viewport?: { width: number; height: number }; loopbackOnly?: boolean; hostMap?: Record<string, string> }} options
 */
export async function launchWithExtension({ executablePath, extensionPath, headless = true, userDataDir, viewport, loopbackOnly = true, hostMap = {} }) {
  const ext = resolve(extensionPath);
  const ownDir = !userDataDir;
  const dataDir = userDataDir ?? mkdtempSync(join(tmpdir(), 'linkscout-profile-'));
  const context = await chromium.launchPersistentContext(dataDir, {
    executablePath,
    headless,
    viewport: viewport ?? { width: 1280, height: 800 },
    args: [...CHROME_FLAGS, ...(loopbackOnly ? loopbackOnlyFlags(hostMap) : []), `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  if (loopbackOnly) await context.route((url) => !isLoopbackUrl(url.href, Object.keys(hostMap)), (route) => route.abort('blockedbyclient'));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    dataDir,
    async close() {
      await context.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Ids of every open tab (asked through the extension's service worker).
 * @param {import('playwright-core').Worker} worker
 * @returns {Promise<number[]>}
 */
export async function tabIds(worker) {
  return worker.evaluate(async () => (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])));
}

/**
 * Opens `url` in a new tab and returns the Playwright page with the browser's id for that tab.
 * The id is found by difference, because the browser hides the address of pages (chrome://…)
 * the extension has no access to.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Worker} worker
 * @param {string} url
 */
export async function openTab(context, worker, url) {
  const before = new Set(await tabIds(worker));
  const page = await context.newPage();
  await page.goto(url).catch(() => undefined); // PDFs and browser pages may never fire "load"
  const fresh = (await tabIds(worker)).filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`expected one new tab for ${url}, found ${fresh.length}`);
  return { page, tabId: /** @type {number} */ (fresh[0]) };
}

/**
 * Opens the popup page in a tab of its own, scanning the tab `tabId` (the popup reads `?tab=`).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {number} tabId
 */
export async function openPopupFor(context, extensionId, tabId) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
