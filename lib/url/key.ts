/**
 * The key a link is known by everywhere (scan, check queue, verdict cache, highlights, the popup's
 * join of verdicts to links): the absolute URL without its fragment, an empty "#" included.
 * A string that does not parse is its own key, so callers can still report it.
 */
export function urlKey(url: URL | string): string {
  let href: string;
  if (typeof url === 'string') {
    try {
      href = new URL(url).href;
    } catch {
      return url;
    }
  } else href = url.href;
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}
