/** Where an imported backlink list came from. */
export type BacklinkSource = 'gsc' | 'gsc-sites' | 'ahrefs' | 'semrush' | 'majestic' | 'generic' | 'paste';

/** One backlink as an export lists it. */
export interface ImportedBacklink {
  sourceUrl: string;
  /** Empty when the export does not say (GSC's linking pages, pasted URLs). */
  targetUrl: string;
  anchorText: string;
  /** rel tokens the export reports (nofollow, sponsored, ugc); empty when followed or unknown. */
  rel: string[];
  /** The export says the link is an image. */
  image: boolean;
  /** Columns the mapping did not use, kept as they were. */
  extra: Record<string, string>;
}

/** What the page reader found when it read the linking page. */
export interface BacklinkVerification {
  at: number;
  state: 'present' | 'missing' | 'page-gone' | 'unverifiable';
  detail: string;
  /** The link as found (empty when missing). */
  targetUrl: string;
  rel: string[];
  anchorText: string;
  /** The anchor wraps only an image (its alt text is the anchor). */
  image: boolean;
  indexable: boolean | null;
  indexReason: string;
  spamScore: number;
  spamSignals: { label: string; reason: string }[];
}
