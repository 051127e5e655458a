import type { PageScan } from '@/lib/schemas/page-scan';

/**
 * The parts of a background page read (lib/reader's PageRead) that qualification uses. Declared
 * here so the rules stay pure and testable without the reader; a PageRead satisfies it.
 */
export interface ReadLike {
  url: string;
  finalUrl: string | null;
  verdict: { class: string; httpStatus: number | null; hops: readonly unknown[]; reason?: string };
  contentType?: string | null;
  xRobotsTag: string | null;
  index: { indexable: boolean; reason: string; canonicalRelation: 'none' | 'self' | 'elsewhere' };
  scan: PageScan | null;
  /** Words of the main text; null or absent when unknown. */
  wordCount?: number | null;
}
