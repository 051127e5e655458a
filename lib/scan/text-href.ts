// Anchored at the start, so it runs once per href however long the href is.
const ABSOLUTE = /^\s*(?:https?:)?\/\/(?:[^@/?#\s]*@)?([^/?#:\s]+)/i;
const OTHER_SCHEME = /^\s*[a-z][a-z0-9+.-]{0,20}:/i;

/**
 * The host an href points at, read from the href text without building a URL (thousands of
 * links stay cheap). Relative hrefs give `base` (the page's own host); non-http schemes give
 * null. Hosts that need IDNA or percent decoding go through `URL` to match the link extractor.
 */
export function hrefHost(href: string, base: string): string | null {
  const m = ABSOLUTE.exec(href);
  if (!m) {
    if (OTHER_SCHEME.test(href) && !/^\s*https?:/i.test(href)) return null;
    return base;
  }
  const host = (m[1] ?? '').toLowerCase().replace(/\.$/, '');
  if (/^[a-z0-9.-]*$/.test(host)) return host;
  try {
    return new URL(href.trim(), 'https://invalid.invalid/').hostname.toLowerCase();
  } catch {
    return null; // malformed host: the link extractor drops it too
  }
}

/** The host of `url`, or '' when it is not a URL. */
export function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return ''; // about:srcdoc and the like have no host
  }
}
