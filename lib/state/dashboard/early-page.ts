import { toProspect, type ProspectRow } from '@/lib/db/derived';
import type { Prospect } from '@/lib/schemas/prospect';
import { PAGE_SIZE } from './paging';

/** What public/open-early.js leaves on the page: the first page in the default order, read at `version`. */
interface EarlyRead {
  version: number;
  count: number;
  rows: ProspectRow[];
}

export interface EarlyRows {
  rows: Prospect[];
  more: boolean;
}

/** The list's first page as read before the page's code ran, if it was read at this page's schema. */
export interface EarlyPage {
  /** The rows if they have arrived (once: the store's live rows take over after). */
  take(): EarlyRows | null;
  /** Calls `arrived` when the rows come; returns the function that stops waiting. */
  onArrive(arrived: () => void): () => void;
}

/** Where the early read is found, and announced (the dashboard's window). */
export interface EarlySource {
  linkscoutFirstPage?: unknown;
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

function isEarlyRead(value: unknown): value is EarlyRead {
  if (typeof value !== 'object' || value === null) return false;
  const read = value as Partial<EarlyRead>;
  return typeof read.version === 'number' && typeof read.count === 'number' && Array.isArray(read.rows)
    && read.rows.every((row: unknown) => typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string' && Array.isArray((row as { contacts?: unknown }).contacts));
}

/**
 * Reads what public/open-early.js found. It is used only if it was read at the schema version the
 * page's own code uses (`schemaVersion`, Dexie's, which IndexedDB stores times ten: an upgrade may
 * change a prospect's shape) and for this page size (one row more tells whether there is a next
 * page); otherwise the page reads for itself.
 */
export function earlyPage(source: EarlySource, schemaVersion: number, pageSize = PAGE_SIZE): EarlyPage {
  const nativeVersion = Math.round(schemaVersion * 10);
  let taken = false;
  return {
    take() {
      if (taken) return null;
      const read = source.linkscoutFirstPage;
      if (!isEarlyRead(read)) return null;
      taken = true;
      source.linkscoutFirstPage = undefined;
      if (read.version !== nativeVersion || read.count !== pageSize + 1) return null;
      return { rows: read.rows.slice(0, pageSize).map(toProspect), more: read.rows.length > pageSize };
    },
    onArrive(arrived) {
      const listener = () => arrived();
      source.addEventListener('linkscout-first-page', listener);
      return () => source.removeEventListener('linkscout-first-page', listener);
    },
  };
}
