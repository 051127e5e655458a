import type { DashboardState } from '@/lib/state/dashboard/state';
import type { DashboardActions } from '@/lib/state/dashboard/actions';
import type { OutreachState } from '@/lib/state/outreach-state';
import type { TemplatesActions, TemplatesState } from '@/lib/state/dashboard/templates';
import type { LinkscoutDb } from '@/lib/db/database';
import type { Monitoring } from '@/lib/state/dashboard/monitoring';
import type { Backlinks } from '@/lib/state/dashboard/backlinks';

/** What the dashboard's container components read and call. */
export interface DashboardApi {
  state: DashboardState;
  actions: DashboardActions;
  outreach: OutreachState;
  templates: TemplatesState;
  templateActions: TemplatesActions;
  /** For the compose panel, which keeps its own state per open prospect. */
  db: LinkscoutDb;
  writeClipboard: (text: string) => Promise<void>;
  monitoring: Monitoring;
  backlinks: Backlinks;
}
