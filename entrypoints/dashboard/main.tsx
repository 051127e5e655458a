import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/dashboard/dashboard.css';
import '@/components/common/compose.css';
import '@/components/dashboard/outreach.css';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { FootprintsView } from '@/components/dashboard/footprints/FootprintsView';
import { createDashboardState } from '@/lib/state/dashboard/state';
import { createDashboardActions } from '@/lib/state/dashboard/actions';
import { watchDashboard } from '@/lib/state/dashboard/live';
import { createFootprintsActions, createFootprintsState, loadFootprints } from '@/lib/state/dashboard/footprints-state';
import { viewFromHash } from '@/lib/state/dashboard/view-hash';
import { loadFootprintPrefs, saveFootprintPrefs } from '@/lib/settings/footprints-store';
import { downloadBlob } from '@/lib/tab/download';
import { db } from '@/lib/db/instance';
import { createDashboardOutreach } from '@/lib/state/dashboard/outreach';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { createAuditViews } from '@/lib/state/dashboard/audit-wiring';

const state = createDashboardState();
const actions = createDashboardActions(state, {
  db,
  hash: { set: (h) => history.replaceState(null, '', h || location.pathname + location.search) },
  download: downloadBlob,
});
const fp = createFootprintsState();
const fpActions = createFootprintsActions(fp, saveFootprintPrefs);
void loadFootprints(fp, loadFootprintPrefs, async () => (await loadSettings()).settings.ownDomains);
const extra = [{ id: 'footprints' as const, label: 'Query builder', render: () => <FootprintsView state={fp} actions={fpActions} /> }];
const followHash = () => {
  actions.followHash(location.hash);
  const target = viewFromHash(location.hash);
  if (target) actions.showView(target.view);
};
followHash();
addEventListener('hashchange', followHash);
watchDashboard(state, db);
const outreach = createDashboardOutreach(db, { load: async () => (await loadSettings()).settings.outreach, watch: (on) => watchSettings((s) => on(s.outreach)) });
const writeClipboard = (text: string) => navigator.clipboard.writeText(text);
render(<DashboardApp app={{ state, actions, ...outreach, db, writeClipboard, ...createAuditViews(db, async () => (await loadSettings()).settings) }} extra={extra} />, document.getElementById('app')!);
