import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { findChromium } from '../../scripts/lib/bootstrap.mjs';
import { launchWithExtension, openPopupFor, openTab } from '../../scripts/lib/extension-browser.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const SITES = join(ROOT, 'tests/fixtures/sites');
export const SCREENSHOTS = join(here, 'screenshots');

/** Chromium with the built extension and a fixture server; everything stops in `close()`. */
export async function startHarness(options: { userDataDir?: string; port?: number; route?: Parameters<typeof startFixtureServer>[0]['route']; hostMap?: Record<string, string> } = {}) {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION}: run "npm run build" first.`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian\'s chromium or set CHROME_PATH.');
  const server = await startFixtureServer({ root: SITES, route: options.route, port: options.port });
  const browser = await launchWithExtension({ executablePath, extensionPath: EXTENSION, userDataDir: options.userDataDir, hostMap: options.hostMap });
  return {
    ...browser,
    server,
    /** Opens `path` on the fixture server in a new tab, then the popup scanning that tab. */
    async popupFor(path: string): Promise<{ page: Page; popup: Page }> {
      const url = path.includes('://') ? path : `${server.origin}${path}`;
      const { page, tabId } = await openTab(browser.context, browser.worker, url);
      const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
      return { page, popup };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** Saves a screenshot to tests/e2e/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page; returns serious and critical violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export interface DrawnMark {
  text: string;
  href: string;
  kind: string;
  code?: string;
}

/**
 * The marks the highlighter drew in a tab, read in the extension's isolated world (the page itself
 * cannot see them: they live in a closed shadow root). Null when nothing is drawn.
 */
export async function drawnMarks(h: Harness, tabId: number): Promise<DrawnMark[] | null> {
  return h.worker.evaluate(async (id) => {
    type Injection = { result?: unknown };
    const ext = (globalThis as unknown as { chrome: { scripting: { executeScript: (i: { target: { tabId: number }; func: () => unknown }) => Promise<Injection[]> } } }).chrome;
    const [injection] = await ext.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        const overlay = (globalThis as unknown as Record<string, { describe?: () => unknown } | undefined>).__linkscoutOverlay;
        return overlay?.describe?.() ?? null;
      },
    });
    return (injection?.result ?? null) as DrawnMark[] | null;
  }, tabId);
}

/** The tab a popup opened with `?tab=` scans. */
export function popupTabId(popup: Page): number {
  return Number(new URL(popup.url()).searchParams.get('tab'));
}
