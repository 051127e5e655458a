import type { PageRead } from '@/lib/schemas/page-read';

/** Why a page is read in the background; each purpose's owner handles its results. */
export type ReadPurpose = 'monitor' | 'backlink' | 'qualify';

/**
 * One page to read. Persisted so a stopped service worker loses nothing: `queued` and `running`
 * jobs whose time has come run on the next wake; `read` jobs have their result (or, for a read
 * that failed outright, their error) stored but not yet handed to their owner (monitoring, audit,
 * qualification), which happens before they become `done`.
 */
export interface ReadJob {
  id: string;
  url: string;
  purpose: ReadPurpose;
  /** The owner's record: a monitored link, a backlink, a prospect. */
  ref: string;
  state: 'queued' | 'running' | 'read' | 'done' | 'cancelled';
  createdAt: number;
  /** Not before this time (scheduled monitoring checks). */
  dueAt: number;
  attempts: number;
  finishedAt?: number;
  result?: PageRead;
  /** Why the read could not finish (storage failure, parser unavailable). */
  error?: string;
}

export const READ_JOB_STORES = {
  readJobs: 'id, [state+dueAt], [purpose+ref], finishedAt',
};
