import { ageChunks, type AgeSlice } from '@/lib/db/age-cursor';
import { prospectCsvChunk } from '@/lib/export/prospect-csv';
import { errorText } from '@/lib/text/error-text';

/** What a CSV export worker is asked: one slice of the prospects, as CSV lines. */
export interface CsvSliceRequest {
  dbName: string;
  slice: AgeSlice;
  /** Campaign id → name pairs, for the campaign column. */
  campaigns: Array<[string, string]>;
  /** Prospects per part message. */
  chunk: number;
}

export type CsvSliceMessage = { type: 'part'; text: string; rows: number } | { type: 'done' } | { type: 'error'; message: string };

/**
 * Opens the extension's existing database without choosing a version (its pages have opened and
 * upgraded it already); fails, rather than creating an empty one, when there is none.
 */
export function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(`The database could not be opened: ${request.error?.message ?? 'it does not exist'}`));
  });
}

/**
 * One connection for all the slices a worker writes, opened on first use; closed and forgotten
 * when another page needs to upgrade the database (the next slice opens it again).
 */
export function sharedConnection(open: (name: string) => Promise<IDBDatabase> = openExisting): (name: string) => Promise<IDBDatabase> {
  let connection: Promise<IDBDatabase> | null = null;
  return (name) => {
    connection ??= open(name).then(
      (idb) => {
        idb.onversionchange = () => {
          idb.close();
          connection = null;
        };
        return idb;
      },
      (error: unknown) => {
        connection = null;
        throw error;
      },
    );
    return connection;
  };
}

/** Reads one slice oldest first and posts it as CSV parts, then `done`, or one `error`. */
export async function runCsvSlice(request: CsvSliceRequest, post: (message: CsvSliceMessage) => void, connect: (name: string) => Promise<IDBDatabase>): Promise<void> {
  try {
    const idb = await connect(request.dbName);
    const names = new Map(request.campaigns);
    for await (const chunk of ageChunks(idb, request.slice, request.chunk, false)) {
      post({ type: 'part', text: prospectCsvChunk(chunk, names), rows: chunk.length });
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', message: errorText(error) });
  }
}
