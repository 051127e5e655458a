import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/dashboard/dashboard.css';
import '@/components/common/compose.css';
import '@/components/dashboard/outreach.css';
import '@/components/dashboard/audit.css';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { createDashboardState } from '@/lib/state/dashboard/state';
import { createDashboardActions } from '@/lib/state/dashboard/actions';
import { watchDashboard } from '@/lib/state/dashboard/live';
import { downloadBlob } from '@/lib/tab/download';
import { db } from '@/lib/db/instance';
import { createDashboardOutreach } from '@/lib/state/dashboard/outreach';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { createAuditViews, followAuditHash } from '@/lib/state/dashboard/audit-wiring';

const state = createDashboardState();
const actions = createDashboardActions(state, {
  db,
  hash: { set: (h) => history.replaceState(null, '', h || location.pathname + location.search) },
  download: downloadBlob,
});
const follow = () => {
  actions.followHash(location.hash);
  followAuditHash(location.hash, actions.showView);
};
follow();
addEventListener('hashchange', follow);
watchDashboard(state, db);
const outreach = createDashboardOutreach(db, { load: async () => (await loadSettings()).settings.outreach, watch: (on) => watchSettings((s) => on(s.outreach)) });
const writeClipboard = (text: string) => navigator.clipboard.writeText(text);
render(<DashboardApp app={{ state, actions, ...outreach, db, writeClipboard, ...createAuditViews(db, async () => (await loadSettings()).settings) }} />, document.getElementById('app')!);
