import type { ScannedLink } from '@/lib/schemas/page-scan';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { isDead } from '@/lib/schemas/dead-classes';
import { anyNonPublicUrl } from '@/lib/url/network';

export type MarkKind = 'follow' | 'nofollow' | 'sponsored' | 'ugc' | 'own' | 'broken' | 'blocked' | 'redirected';

/** Where the popup leaves its request, and where the drawn overlay is kept: the extension's isolated world, never the page's. */
export const HIGHLIGHT_GLOBAL = '__linkscoutHighlight';
export const OVERLAY_GLOBAL = '__linkscoutOverlay';

export const MARK_STYLES: Record<MarkKind, { color: string; label: string }> = {
  follow: { color: '#1a7f37', label: 'Follow' },
  nofollow: { color: '#bf8700', label: 'Nofollow' },
  sponsored: { color: '#cf222e', label: 'Sponsored' },
  ugc: { color: '#8250df', label: 'UGC' },
  own: { color: '#0a66c2', label: 'To my site' },
  broken: { color: '#d1242f', label: 'Dead' },
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

/** A checked link shows its verdict when it matters for outreach; otherwise its rel type. */
export function verdictMark(verdict: LinkVerdict | undefined): Mark | null {
  if (!verdict) return null;
  if (verdict.class === 'broken') return { kind: 'broken', code: verdict.httpStatus ? String(verdict.httpStatus) : 'dead' };
  if (isDead(verdict.class)) return { kind: 'broken', code: verdict.class }; // soft-404, parked: answered 200, so the class says more
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

/**
 * What the page is told to mark. A verdict about a private-network destination is shown only on a
 * page on such a network itself (`pageMayKnow`): a public page never gets one, not even as a mark.
 */
export function highlightRequest(
  links: readonly ScannedLink[], on: boolean, verdicts: ReadonlyMap<string, LinkVerdict> = new Map(),
  pageMayKnow: (verdict: LinkVerdict) => boolean = () => true,
): HighlightRequest {
  const marks: Record<string, Mark> = {};
  if (on) {
    for (const l of links) {
      const verdict = verdicts.get(l.key);
      const fromVerdict = verdict && pageMayKnow(verdict) ? verdictMark(verdict) : null;
      const kind = markFor(l);
      if (fromVerdict) marks[l.key] = fromVerdict;
      else if (kind) marks[l.key] = { kind };
    }
  }
  return { on, marks };
}

/**
 * Whether the page at `pageUrl` may be shown a verdict: one that speaks of a private-network
 * destination only on a page on such a network itself.
 */
export function pageMayKnow(pageUrl: string): (verdict: LinkVerdict) => boolean {
  const pagePrivate = anyNonPublicUrl([pageUrl]);
  return (verdict) =>
    pagePrivate || !anyNonPublicUrl([verdict.url, verdict.finalUrl ?? '', ...verdict.hops.map((h) => h.to), ...verdict.requests.map((r) => r.url)]);
}
