import type { DashboardState } from '@/lib/state/dashboard-state';
import type { DashboardActions } from '@/lib/state/dashboard-actions';
import type { DashboardWrites } from '@/lib/state/dashboard-writes';
import type { DashboardTransfer } from '@/lib/state/dashboard-transfer';
import type { DashboardImport } from '@/lib/state/dashboard-import';
import type { DashboardCampaigns } from '@/lib/state/dashboard-campaigns';
import type { DashboardPipeline } from '@/lib/state/dashboard-pipeline';

/** What the dashboard's container components read and call. */
export interface DashboardApi {
  state: DashboardState;
  actions: DashboardActions;
  writes: DashboardWrites;
  transfer: DashboardTransfer;
  importer: DashboardImport;
  campaigns: DashboardCampaigns;
  pipeline: DashboardPipeline;
}
