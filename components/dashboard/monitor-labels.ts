import type { MonitorState } from '@/lib/db/monitor-records';

export const MONITOR_STATE_LABELS: Record<MonitorState, string> = {
  pending: 'Not checked yet',
  live: 'Live',
  changed: 'Changed',
  nofollowed: "Nofollow'd",
  'not-indexable': 'Not indexable',
  missing: 'Missing',
  'page-gone': 'Page gone',
  unverifiable: 'Unverifiable',
};

/** Badge tone per state: good, warning, bad, or neutral. */
export const MONITOR_STATE_TONE: Record<MonitorState, string> = {
  pending: 'neutral', live: 'good', changed: 'warn', nofollowed: 'warn', 'not-indexable': 'warn', missing: 'bad', 'page-gone': 'bad', unverifiable: 'neutral',
};
