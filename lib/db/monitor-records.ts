import type { CheckRecord, ExpectedLink, Frequency, MonitorStatus } from '@/lib/monitor/types';

export type { ExpectedLink, Frequency, MonitorState } from '@/lib/monitor/types';

/** A won (or opted-in) link the background re-checks on a schedule. */
export interface MonitoredLink extends MonitorStatus {
  id: string;
  prospectId: string;
  /** The page that should carry the link. */
  pageUrl: string;
  expected: ExpectedLink;
  frequency: Frequency;
  /** Paused links keep their history but are not checked. */
  active: boolean;
  createdAt: number;
  nextCheckAt: number;
  /** Newest first, bounded (see MAX_HISTORY). */
  history: CheckRecord[];
  /** Whether a notification has been raised for the current state (never twice for one change). */
  notifiedState: string | null;
}

export const MONITOR_STORES = {
  monitoredLinks: 'id, prospectId, state, nextCheckAt, pageUrl',
};
