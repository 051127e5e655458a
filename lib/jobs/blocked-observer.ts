/** The part of `webRequest` the observer needs (present when the extension holds the permission). */
export interface ErrorEvents {
  onErrorOccurred: {
    addListener: (listener: (details: { url: string; error: string; tabId: number }) => void, filter: { urls: string[] }) => void;
  };
}

const BLOCKED = 'net::ERR_BLOCKED_BY_CLIENT';
/** How long to wait for the browser's error event after a fetch failed (they arrive in either order). */
const SETTLE_MS = 50;

/**
 * Wraps `fetch` so a request the browser or another extension blocked says so. In Chromium an
 * extension's `fetch` only rejects with "Failed to fetch"; `webRequest.onErrorOccurred` names the
 * real cause. A failure whose URL the browser reported as `net::ERR_BLOCKED_BY_CLIENT` is thrown
 * again with that code, which the checker turns into "blocked by your browser". Without the
 * `webRequest` permission the fetch is returned unchanged.
 */
export function observeBlocked(inner: typeof fetch, events: ErrorEvents | undefined, wait = (ms: number) => new Promise((r) => setTimeout(r, ms))): typeof fetch {
  if (!events) return inner;
  const blocked = new Map<string, number>();
  events.onErrorOccurred.addListener((details) => {
    // Only the extension's own requests (no tab) matter here.
    if (details.tabId !== -1 || details.error !== BLOCKED) return;
    blocked.set(details.url, (blocked.get(details.url) ?? 0) + 1);
  }, { urls: ['<all_urls>'] });
  const take = (url: string) => {
    const n = blocked.get(url) ?? 0;
    if (n <= 1) blocked.delete(url);
    else blocked.set(url, n - 1);
    return n > 0;
  };
  return async (input, init) => {
    try {
      return await inner(input, init);
    } catch (error) {
      // Only the browser's bare failure is explained here; an error another wrapper named stays as it is.
      if (init?.signal?.aborted || !(error instanceof TypeError) || error.name !== 'TypeError') throw error;
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!blocked.has(url)) await wait(SETTLE_MS);
      if (take(url)) throw Object.assign(new TypeError(`${BLOCKED} (${url})`), { code: 'ERR_BLOCKED_BY_CLIENT', cause: error });
      throw error;
    }
  };
}
