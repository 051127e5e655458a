// `npm start`: set up what is missing, build, serve the demo site on 127.0.0.1 and open Chromium
// with Linkscout loaded on it. Without a display (or with --headless) it runs the same flow
// headless and writes the popup's screenshot and the page's scan into out/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, run } from './lib/bootstrap.mjs';

const root = new URL('..', import.meta.url).pathname;
ensureDependencies();
const executablePath = ensureChromium();
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux');

console.log('Building the extension…');
if (run('npx', ['wxt', 'build']) !== 0) process.exit(1);

// Imported after the dependencies exist.
const { startFixtureServer } = await import('./lib/fixture-server.mjs');
const { launchWithExtension, openPopupFor, openTab } = await import('./lib/extension-browser.mjs');

const server = await startFixtureServer({ root: join(root, 'tests/fixtures/sites'), lifetimeMs: headless ? 120_000 : 8 * 3600_000 });
const demoUrl = `${server.origin}/demo/`;
console.log(`Demo site: ${demoUrl}`);
const browser = await launchWithExtension({
  executablePath,
  extensionPath: join(root, '.output/chrome-mv3'),
  headless,
  viewport: headless ? { width: 1280, height: 800 } : undefined,
});
const { page, tabId } = await openTab(browser.context, browser.worker, demoUrl);

if (!headless) {
  await page.bringToFront();
  console.log('Chromium is open on the demo page. Click the Linkscout icon in the toolbar (pin it from the puzzle menu).');
  console.log('Close the browser window to stop.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  const out = join(root, 'out');
  mkdirSync(out, { recursive: true });
  const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
  await popup.locator('[data-testid="domain-group"], [role="alert"], [data-testid="restricted-message"]').first().waitFor({ timeout: 15_000 });
  const shot = join(out, 'popup.png');
  await popup.screenshot({ path: shot, fullPage: true });
  await page.screenshot({ path: join(out, 'demo-page.png') });
  // Any holder of the extension can scan a tab: the scanner's main() returns the PageScan as JSON.
  const scan = await browser.worker.evaluate(async (id) => {
    const [res] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/scanner.js'] });
    return typeof res?.result === 'string' ? JSON.parse(res.result) : res?.result;
  }, tabId);
  const scanPath = join(out, 'scan.json');
  writeFileSync(scanPath, `${JSON.stringify(scan, null, 2)}\n`);
  console.log(`Popup screenshot: ${shot}`);
  console.log(`Scan of the demo page: ${scanPath}`);
  await browser.close();
  await server.close();
}
