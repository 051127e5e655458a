/**
 * Resolving an href without building a `URL` when the answer is plain: most hrefs of a page are
 * already in the form the URL parser would print (`https://site.org/a/b?c=d`) or a simple path
 * against the page's address. Those are recognised with one anchored regex and joined as strings;
 * everything else (other schemes, uppercase, ports, escapes, dot segments, non-ASCII, odd
 * characters) goes through `URL`, so the result is always what `new URL(href, base)` gives.
 * The character sets are deliberately narrow: a character the URL parser (or Chromium's) might
 * escape, unescape or rewrite is never let through.
 */

/** An http(s) URL in canonical form, cut into the parts the link extractor reads. */
export interface ResolvedUrl {
  href: string;
  /** `http:` or `https:` for the fast path; any scheme when it came from `URL`. */
  protocol: string;
  /** Lowercase host name without port. */
  hostname: string;
  pathname: string;
  search: string;
}

/** Host labels: lowercase ASCII letters, digits and inner hyphens; the last one starts with a letter (no IPv4 forms). */
const HOST = '(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?';
const PATH_CHARS = "[A-Za-z0-9\\-._~!$&()*+,;=:@/]";
const QUERY_CHARS = "[A-Za-z0-9\\-._~!$&()*+,;=:@/?]";
const TAIL = `(/${PATH_CHARS}*)?(\\?${QUERY_CHARS}*)?(#${QUERY_CHARS}*)?`;
/** scheme, host, port, path, query, fragment. */
const ABSOLUTE = new RegExp(`^(https?)://(${HOST})(?::([1-9][0-9]{0,4}))?${TAIL}$`);
/** A root-relative or a plain relative path (its first segment has no ":"), then query and fragment. */
const RELATIVE = new RegExp(`^(/(?!/)${PATH_CHARS}*|[A-Za-z0-9\\-_~!$&()*+,;=@][A-Za-z0-9\\-._~!$&()*+,;=@]*(?:/${PATH_CHARS}*)?)?(\\?${QUERY_CHARS}*)?(#${QUERY_CHARS}*)?$`);
/** "." and ".." segments, which the parser removes. */
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
const DEFAULT_PORT: Record<string, string> = { http: '80', https: '443' };
/** Leading "./" and "../" segments ("../img/a.png"), resolved against the base's directory. */
const LEADING_DOTS = /^(?:\.\.?\/)+/;

/** The directory `dir` ("/a/b/") after the leading dot segments `lead` ("../../"); never above the root. */
function climb(dir: string, lead: string): string {
  const parts = dir.split('/').slice(1, -1);
  for (const segment of lead.split('/')) if (segment === '..') parts.pop();
  return `/${parts.map((p) => `${p}/`).join('')}`;
}

function slow(href: string, base: string): ResolvedUrl | null {
  try {
    const url = new URL(href, base);
    return { href: url.href, protocol: url.protocol, hostname: url.hostname.toLowerCase(), pathname: url.pathname, search: url.search };
  } catch {
    return null;
  }
}

/** The page address a relative href joins, parsed once: origin, directory, path and query. */
interface Base {
  ok: boolean;
  origin: string;
  hostname: string;
  protocol: string;
  dir: string;
  pathname: string;
  search: string;
  /** The query as written in the href, "?" of an empty query included. */
  rawQuery: string;
}

function parseBase(base: string): Base {
  const url = slow(base, base);
  const ok = url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.href.startsWith(`${url.protocol}//`);
  if (!url || !ok) return { ok: false, origin: '', hostname: '', protocol: '', dir: '', pathname: '', search: '', rawQuery: '' };
  const hostEnd = url.href.indexOf('/', url.protocol.length + 2);
  const hash = url.href.indexOf('#');
  const withoutFragment = hash < 0 ? url.href : url.href.slice(0, hash);
  return {
    ok,
    origin: url.href.slice(0, hostEnd),
    hostname: url.hostname,
    protocol: url.protocol,
    dir: url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1),
    pathname: url.pathname,
    search: url.search,
    rawQuery: withoutFragment.slice(hostEnd + url.pathname.length),
  };
}

/**
 * A resolver for hrefs against one base URL (a document's `baseURI`): `new URL(href, base)`'s
 * canonical parts, or null where `new URL` throws. `href` must be trimmed by the caller.
 */
export function createResolver(base: string): (href: string) => ResolvedUrl | null {
  let parsed: Base | null = null;
  return (href) => {
    const abs = ABSOLUTE.exec(href);
    if (abs) {
      const [, scheme = '', hostname = '', port, path, query = '', fragment = ''] = abs;
      if (!hostname.includes('xn--') && !(path && DOT_SEGMENT.test(path)) && (port === undefined || (port !== DEFAULT_PORT[scheme] && Number(port) <= 65_535))) {
        const pathname = path || '/';
        const origin = port === undefined ? `${scheme}://${hostname}` : `${scheme}://${hostname}:${port}`;
        return { href: `${origin}${pathname}${query}${fragment}`, protocol: `${scheme}:`, hostname, pathname, search: query.length > 1 ? query : '' };
      }
      return slow(href, base);
    }
    parsed ??= parseBase(base);
    const lead = LEADING_DOTS.exec(href)?.[0] ?? '';
    const rel = parsed.ok && (lead === '' || href.charCodeAt(lead.length) !== 47) ? RELATIVE.exec(lead ? href.slice(lead.length) : href) : null;
    if (!rel) return slow(href, base);
    const [, path, query, fragment = ''] = rel;
    if (path !== undefined && DOT_SEGMENT.test(path)) return slow(href, base);
    // Without a path of its own an href keeps the base's path (and, without a query, its query).
    const own = path !== undefined || lead !== '';
    const dir = lead ? climb(parsed.dir, lead) : parsed.dir;
    const pathname = !own ? parsed.pathname : path?.startsWith('/') ? path : dir + (path ?? '');
    const search = !own && query === undefined ? parsed.search : query && query.length > 1 ? query : '';
    const rawQuery = !own && query === undefined ? parsed.rawQuery : query ?? '';
    return { href: `${parsed.origin}${pathname}${rawQuery}${fragment}`, protocol: parsed.protocol, hostname: parsed.hostname, pathname, search };
  };
}

/** `createResolver` for any number of bases (a page's frames have their own), each made once. */
export function createResolvers(): (href: string, base: string) => ResolvedUrl | null {
  const byBase = new Map<string, (href: string) => ResolvedUrl | null>();
  return (href, base) => {
    let resolve = byBase.get(base);
    if (!resolve) byBase.set(base, (resolve = createResolver(base)));
    return resolve(href);
  };
}
