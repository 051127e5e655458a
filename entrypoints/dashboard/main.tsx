import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/dashboard/dashboard.css';
import '@/components/dashboard/audit.css';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { createDashboardState } from '@/lib/state/dashboard-state';
import { createDashboardActions } from '@/lib/state/dashboard-actions';
import { createDashboardWrites } from '@/lib/state/dashboard-writes';
import { createDashboardTransfer } from '@/lib/state/dashboard-transfer';
import { watchDashboard } from '@/lib/state/dashboard-live';
import { prospectIdFromHash } from '@/lib/state/dashboard-hash';
import { downloadBlob } from '@/lib/tab/download';
import { db } from '@/lib/db/instance';
import { createAuditViews } from '@/lib/state/dashboard/audit-wiring';

const state = createDashboardState();
const hash = { set: (h: string) => history.replaceState(null, '', h || location.pathname + location.search) };
const app = {
  state,
  actions: createDashboardActions(state, db, hash),
  writes: createDashboardWrites(state, db),
  transfer: createDashboardTransfer(state, db, { download: downloadBlob }),
  ...createAuditViews(db),
};
const followHash = () => {
  state.detailId.value = prospectIdFromHash(location.hash);
  if (location.hash === '#monitoring' || location.hash === '#backlinks') state.view.value = location.hash.slice(1) === 'monitoring' ? 'monitoring' : 'backlinks';
};
followHash();
addEventListener('hashchange', followHash);
watchDashboard(state, db);
render(<DashboardApp app={app} />, document.getElementById('app')!);
