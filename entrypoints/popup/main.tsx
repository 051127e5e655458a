import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/common/theme.css';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { createPopupState } from '@/lib/state/popup/state';
import { createPopupActions } from '@/lib/state/popup/actions';
import { resolveTargetTab, scanTab } from '@/lib/tab/scan-tab';
import { setHighlight } from '@/lib/tab/highlight-tab';
import { downloadText } from '@/lib/tab/download';
import { dashboardUrl } from '@/lib/tab/pages';
import { loadSettings } from '@/lib/settings/store';
import { registrableDomain } from '@/lib/url/domain';
import { db } from '@/lib/db/instance';
import { send } from '@/lib/messages';

const state = createPopupState(registrableDomain);
const actions = createPopupActions(state, {
  db,
  scan: async () => scanTab(await resolveTargetTab(location.search), (await loadSettings()).settings),
  writeClipboard: (t) => navigator.clipboard.writeText(t),
  setHighlight,
  openSettings: () => void browser.runtime.openOptionsPage(),
  send: (req) => send(req),
  cancel: (jobId) => send({ type: 'cancel-check', jobId }),
  resume: () => send({ type: 'resume-checks' }),
  download: downloadText,
  openDashboard: () => void browser.tabs.create({ url: dashboardUrl() }),
});

render(<PopupApp state={state} actions={actions} />, document.getElementById('app')!);
void actions.rescan();
