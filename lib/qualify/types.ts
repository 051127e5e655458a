import type { Contact } from '@/lib/schemas/page-scan';

/**
 * What reading one page told us, in the qualification table's terms. Filled from the page
 * reader's result (lib/qualify/facts.ts); every field is data, no judgement.
 */
export interface QualifyFacts {
  finalUrl: string;
  statusClass: string;
  httpStatus: number | null;
  redirectHops: number;
  /** The checker's reason for the status class, in words ("connection reset (HEAD reset, GET reset)"). */
  statusReason?: string;
  lang: string;
  title: string;
  metaRobots: string;
  xRobotsTag: string;
  /** null when the page has no canonical link. */
  canonicalIsSelf: boolean | null;
  indexable: boolean;
  /** Why the page is or is not indexable, in words. */
  indexReason: string;
  /** Words of the page's main text; null when the page had no HTML to read. */
  wordCount: number | null;
  outboundLinks: number;
  /** Share (0–1) of outbound links that are nofollow, sponsored or ugc. */
  nofollowShare: number;
  pageKind: string;
  kindScore: number;
  relevance: number;
  contacts: Contact[];
  /** The contact / about / "write for us" page the scanner found, if any. */
  contactPage: string;
  modifiedAt: string;
  spamScore: number;
  affiliateLinks: number;
  /** Pages read beyond the landing page to find contacts ("find contacts deeper"). */
  extraPages: string[];
}

/** A reason to drop a site before scoring, each one a setting. */
export type Disqualifier = 'not-indexable' | 'dead-or-parked' | 'wrong-language' | 'spammy' | 'already-contacted' | 'blocklisted' | 'competitor';

export type { QualifyRules } from '@/lib/schemas/qualify';
export { DEFAULT_QUALIFY_RULES } from '@/lib/schemas/qualify';

/** The parts of a score the user sees; the total is their sum (0–100). */
export interface ScoreParts {
  relevance: number;
  kind: number;
  contacts: number;
  total: number;
}
