import type { DashboardState } from '@/lib/state/dashboard/state';
import type { DashboardActions } from '@/lib/state/dashboard/actions';

/** What the dashboard's container components read and call. */
export interface DashboardApi {
  state: DashboardState;
  actions: DashboardActions;
}
