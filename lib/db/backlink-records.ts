import type { BacklinkSource, BacklinkVerification, ImportedBacklink } from '@/lib/schemas/backlink';

/** A link to the user's site, imported from an export or pasted, verified by the page reader. */
export interface BacklinkRow extends ImportedBacklink {
  id: string;
  /** Source and target without fragments: one row per pair. */
  key: string;
  sourceDomain: string;
  source: BacklinkSource;
  importedAt: number;
  verification: BacklinkVerification | null;
}

export const BACKLINK_STORES = {
  backlinks: 'id, &key, sourceUrl, sourceDomain, importedAt',
};
