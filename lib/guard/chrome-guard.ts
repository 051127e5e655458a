import { browser } from 'wxt/browser';
import { blockRules } from '@/lib/guard/dnr-rules';
import { hostAllowances } from '@/lib/guard/host-allowances';
import { RequestLog, type NetEvent } from '@/lib/guard/request-log';

type Details = { url: string; method: string; tabId: number; initiator?: string; ip?: string; timeStamp: number; redirectUrl?: string; error?: string };

/**
 * Chrome's network guard: session rules blocking the extension's own requests into private
 * networks (re-installed on every start: they outlive a stopped service worker, not the browser),
 * and a log of the addresses its requests reached, from `webRequest`.
 */
export async function startChromeGuard(): Promise<{ log: RequestLog; allowHost: (host: string) => Promise<() => Promise<void>> }> {
  const extensionId = browser.runtime.id;
  const origin = new URL(browser.runtime.getURL('/')).origin;
  const existing = await browser.declarativeNetRequest.getSessionRules();
  await browser.declarativeNetRequest.updateSessionRules({
    removeRuleIds: existing.map((r) => r.id),
    addRules: blockRules(extensionId),
  });
  const log = new RequestLog();
  const filter = { urls: ['http://*/*', 'https://*/*'], tabId: -1 };
  const record = (kind: NetEvent['kind']) => (details: Details) => {
    if (details.initiator !== origin) return; // only this extension's own requests
    log.record({ kind, method: details.method, url: details.url, ip: details.ip, redirectUrl: details.redirectUrl, error: details.error, at: details.timeStamp });
  };
  browser.webRequest.onBeforeRedirect.addListener(record('redirect'), filter);
  browser.webRequest.onResponseStarted.addListener(record('started'), filter);
  browser.webRequest.onCompleted.addListener(record('completed'), filter);
  browser.webRequest.onErrorOccurred.addListener(record('error'), filter);
  return { log, allowHost: hostAllowances((change) => browser.declarativeNetRequest.updateSessionRules(change), extensionId) };
}
