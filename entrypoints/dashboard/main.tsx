import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/dashboard/dashboard.css';
import '@/components/common/compose.css';
import '@/components/dashboard/outreach.css';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { createDashboardState } from '@/lib/state/dashboard/state';
import { createDashboardActions } from '@/lib/state/dashboard/actions';
import { watchDashboard } from '@/lib/state/dashboard/live';
import { downloadBlob } from '@/lib/tab/download';
import { db } from '@/lib/db/instance';
import { createDashboardOutreach } from '@/lib/state/dashboard/outreach';
import { loadSettings, watchSettings } from '@/lib/settings/store';

const state = createDashboardState();
const actions = createDashboardActions(state, {
  db,
  hash: { set: (h) => history.replaceState(null, '', h || location.pathname + location.search) },
  download: downloadBlob,
});
actions.followHash(location.hash);
addEventListener('hashchange', () => actions.followHash(location.hash));
watchDashboard(state, db);
const outreach = createDashboardOutreach(db, { load: async () => (await loadSettings()).settings.outreach, watch: (on) => watchSettings((s) => on(s.outreach)) });
const writeClipboard = (text: string) => navigator.clipboard.writeText(text);
render(<DashboardApp app={{ state, actions, ...outreach, db, writeClipboard }} />, document.getElementById('app')!);
