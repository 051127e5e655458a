/** Robots directives from the `X-Robots-Tag` header and the scanner's meta robots. */

export interface RobotsDirectives {
  noindex: boolean;
  nofollow: boolean;
  /** Lowercased directives that apply to every crawler or to Google. */
  directives: string[];
}

const GENERAL_AGENTS = new Set(['googlebot', 'google', 'robots', '*']);
const KNOWN = new Set([
  'all', 'none', 'noindex', 'nofollow', 'index', 'follow', 'noarchive', 'nosnippet', 'notranslate', 'noimageindex',
  'unavailable_after', 'max-snippet', 'max-image-preview', 'max-video-preview', 'indexifembedded', 'nocache',
]);

/**
 * Reads X-Robots-Tag values ("noindex, nofollow", "googlebot: noindex", "otherbot: none").
 * Directives for other named crawlers are ignored; several headers arrive joined by commas.
 */
export function parseXRobotsTag(header: string | undefined): RobotsDirectives {
  const directives: string[] = [];
  let agent: string | null = null;
  for (const raw of (header ?? '').split(',')) {
    let part = raw.trim().toLowerCase();
    if (!part) continue;
    const colon = part.indexOf(':');
    if (colon > 0) {
      const head = part.slice(0, colon).trim();
      if (!KNOWN.has(head)) {
        agent = head;
        part = part.slice(colon + 1).trim();
      }
    }
    if (!part) continue;
    if (agent === null || GENERAL_AGENTS.has(agent)) directives.push(part);
  }
  const has = (d: string) => directives.some((x) => x === d || x.startsWith(`${d}:`));
  return { noindex: has('noindex') || has('none'), nofollow: has('nofollow') || has('none'), directives };
}
