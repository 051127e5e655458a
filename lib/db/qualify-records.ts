import type { FoundBy } from '@/lib/schemas/prospect';
import type { QualifyFacts } from '@/lib/qualify/types';

export type QualifyJobState = 'queued' | 'running' | 'paused' | 'cancelled' | 'done';

/** A bulk qualification: persisted so the background can resume it when woken, like a link check. */
export interface QualifyJob {
  id: string;
  createdAt: number;
  state: QualifyJobState;
  /** Where the URLs came from, shown in the table's heading ("Google: coffee intitle:…", "Pasted list"). */
  source: string;
  /** Also read each qualified site's contact / about / "write for us" page (at most 2 extra pages). */
  deeper: boolean;
  total: number;
  done: number;
}

export type QualifyRowState = 'queued' | 'reading' | 'done' | 'failed';

/** One URL of a qualification job: its facts once read, with where it was found. */
export interface QualifyRow {
  id: string;
  jobId: string;
  order: number;
  url: string;
  state: QualifyRowState;
  foundBy?: FoundBy;
  facts?: QualifyFacts;
  /** Why reading failed, in words. */
  error?: string;
  updatedAt: number;
}
