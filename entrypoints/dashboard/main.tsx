import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/dashboard/dashboard.css';
import '@/components/common/compose.css';
import '@/components/dashboard/outreach.css';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { prospectingViews } from '@/components/dashboard/prospecting-views';
import { createDashboardState } from '@/lib/state/dashboard/state';
import { createDashboardActions } from '@/lib/state/dashboard/actions';
import { watchDashboard } from '@/lib/state/dashboard/live';
import { earlyPage } from '@/lib/state/dashboard/early-page';
import { createProspecting } from '@/lib/state/dashboard/prospecting';
import { readerQueue } from '@/lib/state/dashboard/qualify-queue';
import { send } from '@/lib/messages';
import { loadFootprintPrefs, saveFootprintPrefs } from '@/lib/settings/footprints-store';
import { loadQualifyRules, saveQualifyRules } from '@/lib/settings/qualify-store';
import { downloadBlob, downloadText } from '@/lib/tab/download';
import { registrableDomain } from '@/lib/url/domain';
import { db } from '@/lib/db/instance';
import { createDashboardOutreach } from '@/lib/state/dashboard/outreach';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { createAuditViews } from '@/lib/state/dashboard/audit-wiring';

const state = createDashboardState();
const setHash = (h: string) => history.replaceState(null, '', h || location.pathname + location.search);
const actions = createDashboardActions(state, { db, hash: { set: setHash }, download: downloadBlob });
const prospecting = createProspecting(state, {
  db, queue: readerQueue(db, () => send({ type: 'resume-reads' })), domainOf: registrableDomain, download: downloadText, setHash,
  loadPrefs: loadFootprintPrefs, savePrefs: saveFootprintPrefs, loadOwnDomains: async () => (await loadSettings()).settings.ownDomains,
  loadRules: loadQualifyRules, saveRules: saveQualifyRules,
});
const followHash = () => { actions.followHash(location.hash); prospecting.followHash(location.hash, actions.showView); };
followHash();
addEventListener('hashchange', followHash);
watchDashboard(state, db, earlyPage(globalThis, db.verno));
const outreach = createDashboardOutreach(db, { load: async () => (await loadSettings()).settings.outreach, watch: (on) => watchSettings((s) => on(s.outreach)) });
const writeClipboard = (text: string) => navigator.clipboard.writeText(text);
render(<DashboardApp app={{ state, actions, ...outreach, db, writeClipboard, ...createAuditViews(db, async () => (await loadSettings()).settings) }} extra={prospectingViews(prospecting, state)} />, document.getElementById('app')!);
