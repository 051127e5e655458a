import type { QualifyQueue } from './qualify-actions';

/**
 * The queue while no background page reader is wired in: rows stay queued in IndexedDB (pause,
 * resume and cancel still change the job), and the view says the reader is missing.
 */
export const heldQueue: QualifyQueue = {
  available: false,
  enqueue: async () => undefined,
  withdraw: async () => undefined,
};
