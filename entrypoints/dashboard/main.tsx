import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/dashboard/dashboard.css';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { createDashboardState } from '@/lib/state/dashboard-state';
import { createDashboardActions } from '@/lib/state/dashboard-actions';
import { createDashboardWrites } from '@/lib/state/dashboard-writes';
import { createDashboardTransfer } from '@/lib/state/dashboard-transfer';
import { createDashboardImport } from '@/lib/state/dashboard-import';
import { createDashboardCampaigns } from '@/lib/state/dashboard-campaigns';
import { createDashboardPipeline } from '@/lib/state/dashboard-pipeline';
import { watchDashboard } from '@/lib/state/dashboard-live';
import { prospectIdFromHash } from '@/lib/state/dashboard-hash';
import { downloadBlob } from '@/lib/tab/download';
import { db } from '@/lib/db/instance';

const state = createDashboardState();
const hash = { set: (h: string) => history.replaceState(null, '', h || location.pathname + location.search) };
const app = {
  state,
  actions: createDashboardActions(state, db, hash),
  writes: createDashboardWrites(state, db),
  transfer: createDashboardTransfer(state, db, { download: downloadBlob }),
  importer: createDashboardImport(state, db),
  campaigns: createDashboardCampaigns(state, db),
  pipeline: createDashboardPipeline(db),
};
const followHash = () => (state.detailId.value = prospectIdFromHash(location.hash));
followHash();
addEventListener('hashchange', followHash);
watchDashboard(state, db);
render(<DashboardApp app={app} />, document.getElementById('app')!);
