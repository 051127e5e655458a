import type { ScannedLink } from '@/lib/schemas/page-scan';

export type MarkKind = 'follow' | 'nofollow' | 'sponsored' | 'ugc' | 'own';

export const MARK_ATTR = 'data-linkscout-mark';
export const LEGEND_TAG = 'linkscout-legend';
export const HIGHLIGHT_GLOBAL = '__linkscoutHighlight';

export const MARK_STYLES: Record<MarkKind, { color: string; label: string }> = {
  follow: { color: '#1a7f37', label: 'Follow' },
  nofollow: { color: '#bf8700', label: 'Nofollow' },
  sponsored: { color: '#cf222e', label: 'Sponsored' },
  ugc: { color: '#8250df', label: 'UGC' },
  own: { color: '#0a66c2', label: 'To my site' },
};

/** What the page is told to mark: link key → kind. Internal links are not marked. */
export interface HighlightRequest {
  on: boolean;
  marks: Record<string, MarkKind>;
}

/** The mark a link gets, or null for internal links. Own-site beats rel flags; sponsored beats ugc beats nofollow. */
export function markFor(link: ScannedLink): MarkKind | null {
  if (link.toOwnSite) return 'own';
  if (!link.outbound) return null;
  if (link.rel.includes('sponsored')) return 'sponsored';
  if (link.rel.includes('ugc')) return 'ugc';
  if (link.rel.includes('nofollow')) return 'nofollow';
  return 'follow';
}

export function highlightRequest(links: readonly ScannedLink[], on: boolean): HighlightRequest {
  const marks: Record<string, MarkKind> = {};
  if (on) {
    for (const l of links) {
      const m = markFor(l);
      if (m) marks[l.key] = m;
    }
  }
  return { on, marks };
}

/**
 * The page stylesheet, inserted with scripting.insertCSS (immune to the page's CSP) and removed
 * with removeCSS. Outlines never take layout space, so the page does not move.
 */
export const HIGHLIGHT_CSS = (Object.keys(MARK_STYLES) as MarkKind[])
  .map((k) => `[${MARK_ATTR}="${k}"] { outline: 2px solid ${MARK_STYLES[k].color} !important; outline-offset: 1px !important; }`)
  .join('\n');
