/** Meta refreshes that wait longer than this are pages a visitor reads, not redirects. */
const MAX_DELAY_S = 5;

const META = /<meta\b[^>]*>/gi;
const ATTR = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) found.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return found;
}

/**
 * Where a `<meta http-equiv="refresh" content="0; url=…">` in the bytes read sends the visitor,
 * resolved against `base`; null when there is none, it waits longer than a few seconds, or it
 * only reloads the same page.
 */
export function metaRefreshTarget(body: string | null, base: string): string | null {
  if (!body || !/http-equiv/i.test(body)) return null;
  for (const tag of body.slice(0, 64 * 1024).match(META) ?? []) {
    const attrs = attributes(tag);
    if (attrs.get('http-equiv')?.toLowerCase() !== 'refresh') continue;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(?:[;,]\s*(?:url\s*=\s*)?['"]?([^'"]*)['"]?)?\s*$/i.exec(attrs.get('content') ?? '');
    if (!m || Number(m[1]) > MAX_DELAY_S || !m[2]?.trim()) return null;
    try {
      const target = new URL(m[2].trim(), base);
      return target.href === new URL(base).href ? null : target.href;
    } catch {
      return null; // an unreadable target is no redirect
    }
  }
  return null;
}
