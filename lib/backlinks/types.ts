/** Where an imported backlink list came from. */
export type BacklinkSource = 'gsc' | 'ahrefs' | 'semrush' | 'majestic' | 'generic' | 'paste';

/** One backlink as an export lists it. */
export interface ImportedBacklink {
  sourceUrl: string;
  /** Empty when the export does not say (GSC's linking pages, pasted URLs). */
  targetUrl: string;
  anchorText: string;
  /** rel tokens the export reports (nofollow, sponsored, ugc); empty when followed or unknown. */
  rel: string[];
  /** Columns the mapping did not use, kept as they were. */
  extra: Record<string, string>;
}

export interface Verification {
  at: number;
  state: 'present' | 'missing' | 'page-gone' | 'unverifiable';
  detail: string;
  rel: string[];
  anchorText: string;
  /** True when the anchor wraps only an image (its alt text is the anchor). */
  image: boolean;
  indexable: boolean | null;
  indexReason: string;
  spamScore: number;
  spamSignals: { label: string; reason: string }[];
}
