import type { LinkscoutDb } from '@/lib/db/database';
import { queueQualifyReads, withdrawQualifyReads } from '@/lib/db/qualify-reads';
import type { QualifyQueue } from './qualify-actions';

/** Qualification through the background page reader: reads are queued in IndexedDB, then the reader is woken. */
export function readerQueue(db: LinkscoutDb, wake: () => Promise<unknown>): QualifyQueue {
  return {
    available: true,
    enqueue: async (rows) => {
      await queueQualifyReads(db, rows);
      await wake();
    },
    withdraw: (rowIds) => withdrawQualifyReads(db, rowIds),
  };
}

/**
 * The queue while no background page reader is wired in: rows stay queued in IndexedDB (pause,
 * resume and cancel still change the job), and the view says the reader is missing.
 */
export const heldQueue: QualifyQueue = {
  available: false,
  enqueue: async () => undefined,
  withdraw: async () => undefined,
};
