/**
 * The key two links share when they point at the same page for link-building purposes: host
 * without "www.", path without a trailing slash, query kept; scheme and fragment ignored.
 */
export function targetKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '').toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url.trim().toLowerCase();
  }
}
