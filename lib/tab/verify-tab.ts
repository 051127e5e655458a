import { browser } from 'wxt/browser';
import type { PageScan } from '@/lib/schemas/page-scan';
import { scanTab } from '@/lib/tab/scan-tab';

const LOAD_LIMIT_MS = 30_000;

function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    // A page that never finishes loading is scanned as it stands.
    const timer = setTimeout(done, LOAD_LIMIT_MS);
    browser.tabs.onUpdated.addListener(listener);
  });
}

/**
 * "Verify in a tab": opens the page in a background tab, lets its scripts build the page, and
 * scans it with the scanner, as the popup would. The tab stays open for the user to look at.
 */
export async function scanInNewTab(url: string, settings: { ownDomains: string[]; keywords: string[] }): Promise<PageScan> {
  const tab = await browser.tabs.create({ url, active: false });
  if (tab.id === undefined) throw new Error('The browser did not open a tab.');
  if (tab.status !== 'complete') await loaded(tab.id);
  const result = await scanTab(await browser.tabs.get(tab.id), settings);
  if (!result.ok) throw new Error(result.problem.message);
  return result.scan;
}
