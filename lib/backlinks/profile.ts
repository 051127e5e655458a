import type { BacklinkVerification, ImportedBacklink } from '@/lib/schemas/backlink';
import { classifyAnchor, type AnchorContext } from './anchors';
import type { AnchorClass, RelClass } from './types';

export interface ProfileRow extends ImportedBacklink {
  id: string;
  sourceDomain: string;
  verification: BacklinkVerification | null;
}

export interface ProfileOptions extends AnchorContext {
  /** Warn when exact-match anchors exceed this share (0–1) of the links. */
  exactThreshold: number;
}

export interface BacklinkProfile {
  total: number;
  verified: number;
  missing: number;
  referringDomains: { domain: string; links: number; follow: number }[];
  relMix: Record<RelClass, number>;
  anchorMix: Record<AnchorClass, number>;
  exactShare: number;
  overOptimised: boolean;
}

/** The strongest flag wins: sponsored, then ugc, then nofollow. */
export function relClassOf(rel: readonly string[]): RelClass {
  if (rel.includes('sponsored')) return 'sponsored';
  if (rel.includes('ugc')) return 'ugc';
  return rel.includes('nofollow') ? 'nofollow' : 'follow';
}

/** The link as last seen: the verified one when the reader found it, else the export's. */
export function effectiveLink(row: ProfileRow): { rel: string[]; anchorText: string; image: boolean } {
  const v = row.verification;
  return v?.state === 'present' ? { rel: v.rel, anchorText: v.anchorText, image: v.image } : { rel: row.rel, anchorText: row.anchorText, image: row.image };
}

/** Referring domains, the rel mix and the anchor-text mix of a backlink list, in one pass. */
export function backlinkProfile(rows: readonly ProfileRow[], options: ProfileOptions): BacklinkProfile {
  const domains = new Map<string, { domain: string; links: number; follow: number }>();
  const relMix: Record<RelClass, number> = { follow: 0, nofollow: 0, sponsored: 0, ugc: 0 };
  const anchorMix: Record<AnchorClass, number> = { branded: 0, exact: 0, partial: 0, 'naked-url': 0, generic: 0, image: 0, other: 0 };
  let verified = 0;
  let missing = 0;
  for (const row of rows) {
    if (row.verification) verified++;
    if (row.verification?.state === 'missing' || row.verification?.state === 'page-gone') missing++;
    const link = effectiveLink(row);
    const rel = relClassOf(link.rel);
    relMix[rel]++;
    anchorMix[classifyAnchor(link.anchorText, link.image, options)]++;
    const d = domains.get(row.sourceDomain) ?? { domain: row.sourceDomain, links: 0, follow: 0 };
    d.links++;
    if (rel === 'follow') d.follow++;
    domains.set(row.sourceDomain, d);
  }
  const exactShare = rows.length === 0 ? 0 : anchorMix.exact / rows.length;
  return {
    total: rows.length, verified, missing,
    referringDomains: [...domains.values()].sort((a, b) => b.links - a.links || a.domain.localeCompare(b.domain)),
    relMix, anchorMix, exactShare, overOptimised: exactShare > options.exactThreshold,
  };
}

/** Linking pages, most spam-like first (verified pages only: the score comes from the scanner). */
export function rankBySpam<T extends ProfileRow>(rows: readonly T[]): T[] {
  return rows.filter((r) => r.verification && r.verification.state !== 'unverifiable').sort((a, b) => (b.verification?.spamScore ?? 0) - (a.verification?.spamScore ?? 0));
}
