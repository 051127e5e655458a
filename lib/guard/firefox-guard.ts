import { browser } from 'wxt/browser';
import { ANY_HOST } from '@/lib/guard/dnr-rules';
import { RequestLog, type NetEvent } from '@/lib/guard/request-log';
import { addressKind, networkKind } from '@/lib/url/network';

type Details = { url: string; method: string; originUrl?: string; ip?: string; timeStamp: number; redirectUrl?: string; error?: string };
type Listener = (details: Details) => unknown;
export interface FirefoxApis {
  dns: { resolve: (host: string) => Promise<{ addresses: string[] }> };
  webRequest: Record<'onBeforeRequest' | 'onBeforeRedirect' | 'onResponseStarted' | 'onCompleted' | 'onErrorOccurred', {
    addListener: (listener: Listener, filter: { urls: string[]; tabId?: number }, extra?: string[]) => void;
  }>;
}

/**
 * Firefox's network guard. Firefox lets a blocking `webRequest` listener wait for DNS, so every
 * request of this extension (every redirect hop included) is resolved first and cancelled before
 * it is sent when it leads into a private network, unless a check allowed to reach that host is
 * requesting it.
 */
export function startFirefoxGuard(
  ff: FirefoxApis = browser as unknown as FirefoxApis,
  origin: string = new URL(browser.runtime.getURL('/')).origin,
): { log: RequestLog; resolve: (host: string) => Promise<string[]>; allowHost: (host: string) => Promise<() => Promise<void>> } {
  const allowed = new Map<string, number>();
  const log = new RequestLog();
  const resolve = async (host: string) => (networkKind(host) === 'public' ? (await ff.dns.resolve(host)).addresses : [host]);
  const filter = { urls: ['http://*/*', 'https://*/*'], tabId: -1 };
  const ours = (d: Details) => d.originUrl?.startsWith(origin) ?? false;

  ff.webRequest.onBeforeRequest.addListener(async (d) => {
    if (!ours(d)) return {};
    const host = new URL(d.url).hostname;
    if (allowed.has(host) || allowed.has(ANY_HOST)) return {};
    const addresses = networkKind(host) === 'public' ? await resolve(host).catch(() => []) : [host];
    const closed = networkKind(host) !== 'public' || addresses.some((ip) => addressKind(ip) !== 'public');
    if (closed) log.record({ kind: 'error', method: d.method, url: d.url, error: 'net::ERR_BLOCKED_BY_CLIENT', at: d.timeStamp });
    return { cancel: closed };
  }, filter, ['blocking']);
  const record = (kind: NetEvent['kind']) => (d: Details) => {
    if (ours(d)) log.record({ kind, method: d.method, url: d.url, ip: d.ip, redirectUrl: d.redirectUrl, error: d.error, at: d.timeStamp });
  };
  ff.webRequest.onBeforeRedirect.addListener(record('redirect'), filter);
  ff.webRequest.onResponseStarted.addListener(record('started'), filter);
  ff.webRequest.onCompleted.addListener(record('completed'), filter);

  const allowHost = async (host: string) => {
    allowed.set(host, (allowed.get(host) ?? 0) + 1);
    return async () => {
      const left = (allowed.get(host) ?? 1) - 1;
      if (left > 0) allowed.set(host, left);
      else allowed.delete(host);
    };
  };
  return { log, resolve, allowHost };
}
