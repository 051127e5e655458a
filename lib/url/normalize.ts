import { isHttpUrl } from './network';

/**
 * The dedupe key of a prospect: two URLs that lead to the same page give the same key.
 *
 * Rules (the original URL is always kept beside the key, so nothing is lost):
 * - only http(s); anything else, or a string that does not parse, gives null;
 * - `http:` is folded into `https:`: sites serve one page on both, and saving it twice is a mistake;
 * - scheme and host lowercased, a trailing dot on the host dropped, default ports dropped,
 *   user name and password dropped, fragment dropped;
 * - a leading `www.` is dropped from the host: `www.example.com/a` and `example.com/a` are one page
 *   on virtually every site, and the key is never used to fetch anything;
 * - tracking parameters removed (`utm_*` and the click ids in TRACKING_PARAMS), the rest sorted by
 *   name (values of a repeated name keep their order), an empty query dropped;
 * - a trailing slash is removed from any path but the root (`/blog/` → `/blog`, `/` stays).
 */
const TRACKING_PARAMS = new Set([
  'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'fbclid', 'msclkid', 'yclid', 'twclid', 'igshid',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'ref_src',
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

export function normalizeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    // Not a URL at all: the caller reports it (the import names the line).
    return null;
  }
  if (!isHttpUrl(url)) return null;
  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  // Chromium's URL parser accepts hosts like "not a url" in http(s) URLs; a prospect's host must be a real one.
  if (!host || !/^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)$/.test(host)) return null;
  const port = url.port && !(url.protocol === 'http:' && url.port === '80') ? `:${url.port}` : '';
  const params = [...url.searchParams.entries()].filter(([name]) => !isTracking(name));
  // Array.prototype.sort is stable, so repeated names keep their relative order.
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') || '/' : '/';
  return `https://${host}${port}${path}${query}`;
}
