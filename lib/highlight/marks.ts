import type { ScannedLink } from '@/lib/schemas/page-scan';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';

export type MarkKind = 'follow' | 'nofollow' | 'sponsored' | 'ugc' | 'own' | 'broken' | 'blocked' | 'redirected';

export const MARK_ATTR = 'data-linkscout-mark';
export const CODE_ATTR = 'data-linkscout-code';
export const LEGEND_TAG = 'linkscout-legend';
export const HIGHLIGHT_GLOBAL = '__linkscoutHighlight';

export const MARK_STYLES: Record<MarkKind, { color: string; label: string }> = {
  follow: { color: '#1a7f37', label: 'Follow' },
  nofollow: { color: '#bf8700', label: 'Nofollow' },
  sponsored: { color: '#cf222e', label: 'Sponsored' },
  ugc: { color: '#8250df', label: 'UGC' },
  own: { color: '#0a66c2', label: 'To my site' },
  broken: { color: '#d1242f', label: 'Broken' },
  blocked: { color: '#6e7781', label: 'Blocked' },
  redirected: { color: '#bc4c00', label: 'Redirected' },
};

/** A link's mark, and the status code shown beside a broken one. */
export interface Mark {
  kind: MarkKind;
  code?: string;
}

/** What the page is told to mark: link key → kind. Internal links are not marked. */
export interface HighlightRequest {
  on: boolean;
  marks: Record<string, Mark>;
}

const DEAD = new Set(['broken', 'soft-404', 'parked']);

/** A checked link shows its verdict when it matters for outreach; otherwise its rel type. */
export function verdictMark(verdict: LinkVerdict | undefined): Mark | null {
  if (!verdict) return null;
  if (verdict.class === 'broken') return { kind: 'broken', code: verdict.httpStatus ? String(verdict.httpStatus) : 'dead' };
  if (DEAD.has(verdict.class)) return { kind: 'broken', code: verdict.class }; // soft-404, parked: answered 200, so the class says more
  if (verdict.class === 'blocked') return { kind: 'blocked' };
  if (verdict.class === 'redirected') return { kind: 'redirected' };
  return null;
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

export function highlightRequest(links: readonly ScannedLink[], on: boolean, verdicts: ReadonlyMap<string, LinkVerdict> = new Map()): HighlightRequest {
  const marks: Record<string, Mark> = {};
  if (on) {
    for (const l of links) {
      const fromVerdict = verdictMark(verdicts.get(l.key));
      const kind = markFor(l);
      if (fromVerdict) marks[l.key] = fromVerdict;
      else if (kind) marks[l.key] = { kind };
    }
  }
  return { on, marks };
}

/**
 * The page stylesheet, inserted with scripting.insertCSS (immune to the page's CSP) and removed
 * with removeCSS. Outlines never take layout space, so the page does not move.
 */
export const HIGHLIGHT_CSS = [
  ...(Object.keys(MARK_STYLES) as MarkKind[]).map(
    (k) => `[${MARK_ATTR}="${k}"] { outline: ${k === 'broken' ? '3px' : '2px'} ${k === 'blocked' || k === 'redirected' ? 'dashed' : 'solid'} ${MARK_STYLES[k].color} !important; outline-offset: 1px !important; }`,
  ),
  // The status code floats at the link's end without taking space: absolutely positioned at its static place.
  `[${CODE_ATTR}]::after { content: attr(${CODE_ATTR}); position: absolute; transform: translate(1px, -0.25em); font: bold 10px/1.2 system-ui, sans-serif; color: #fff; background: #d1242f; padding: 0 3px; border-radius: 3px; pointer-events: none; z-index: 2147483646; }`,
].join('\n');
