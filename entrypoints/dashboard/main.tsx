import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/dashboard/dashboard.css';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { createDashboardState } from '@/lib/state/dashboard/state';
import { createDashboardActions } from '@/lib/state/dashboard/actions';
import { watchDashboard } from '@/lib/state/dashboard/live';
import { downloadBlob } from '@/lib/tab/download';
import { db } from '@/lib/db/instance';

const state = createDashboardState();
const actions = createDashboardActions(state, {
  db,
  hash: { set: (h) => history.replaceState(null, '', h || location.pathname + location.search) },
  download: downloadBlob,
});
actions.followHash(location.hash);
addEventListener('hashchange', () => actions.followHash(location.hash));
watchDashboard(state, db);
render(<DashboardApp app={{ state, actions }} />, document.getElementById('app')!);
