import type { DashboardState } from '@/lib/state/dashboard-state';
import type { DashboardActions } from '@/lib/state/dashboard-actions';
import type { DashboardWrites } from '@/lib/state/dashboard-writes';
import type { DashboardTransfer } from '@/lib/state/dashboard-transfer';
import type { Monitoring } from '@/lib/state/dashboard/monitoring';

/** What the dashboard's container components read and call. */
export interface DashboardApi {
  state: DashboardState;
  actions: DashboardActions;
  writes: DashboardWrites;
  transfer: DashboardTransfer;
  monitoring: Monitoring;
}
