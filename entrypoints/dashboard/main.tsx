import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/dashboard/dashboard.css';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { FootprintsView } from '@/components/dashboard/footprints/FootprintsView';
import { createDashboardState } from '@/lib/state/dashboard-state';
import { createDashboardActions } from '@/lib/state/dashboard-actions';
import { createDashboardWrites } from '@/lib/state/dashboard-writes';
import { createDashboardTransfer } from '@/lib/state/dashboard-transfer';
import { watchDashboard } from '@/lib/state/dashboard-live';
import { prospectIdFromHash } from '@/lib/state/dashboard-hash';
import { createFootprintsActions, createFootprintsState, loadFootprints } from '@/lib/state/dashboard/footprints-state';
import { loadFootprintPrefs, saveFootprintPrefs } from '@/lib/settings/footprints-store';
import { loadSettings } from '@/lib/settings/store';
import { downloadBlob } from '@/lib/tab/download';
import { db } from '@/lib/db/instance';

const state = createDashboardState();
const hash = { set: (h: string) => history.replaceState(null, '', h || location.pathname + location.search) };
const app = {
  state,
  actions: createDashboardActions(state, db, hash),
  writes: createDashboardWrites(state, db),
  transfer: createDashboardTransfer(state, db, { download: downloadBlob }),
};
const fp = createFootprintsState();
const fpActions = createFootprintsActions(fp, saveFootprintPrefs);
void loadFootprints(fp, loadFootprintPrefs, async () => (await loadSettings()).settings.ownDomains);
const extra = [{ id: 'footprints' as const, label: 'Query builder', render: () => <FootprintsView state={fp} actions={fpActions} /> }];
const followHash = () => {
  state.detailId.value = prospectIdFromHash(location.hash);
  if (location.hash === '#footprints') state.view.value = 'footprints';
};
followHash();
addEventListener('hashchange', followHash);
watchDashboard(state, db);
render(<DashboardApp app={app} extra={extra} />, document.getElementById('app')!);
