import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/common/theme.css';
import '@/components/popup/popup.css';
import '@/components/common/compose.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { ResultsApp } from '@/components/popup/results/ResultsApp';
import { createPopupState } from '@/lib/state/popup/state';
import { createPopupActions } from '@/lib/state/popup/actions';
import { createSerpPopup } from '@/lib/state/popup/serp-popup';
import { qualifyFromResults } from '@/lib/state/popup/serp-qualify';
import { resolveTargetTab, scanTab } from '@/lib/tab/scan-tab';
import { setHighlight } from '@/lib/tab/highlight-tab';
import { scrollToLink } from '@/lib/tab/scroll-to-link';
import { downloadText } from '@/lib/tab/download';
import { dashboardUrl } from '@/lib/tab/pages';
import { loadSettings } from '@/lib/settings/store';
import { loadSerpSettings, saveSerpSettings } from '@/lib/settings/serp-store';
import { registrableDomain } from '@/lib/url/domain';
import { resultsPageFor } from '@/lib/serp/engine';
import { db } from '@/lib/db/instance';
import { send } from '@/lib/messages';
import { createPopupCompose } from '@/lib/state/popup/compose';

const openSettings = () => void browser.runtime.openOptionsPage();
const openDashboard = (hash = '') => void browser.tabs.create({ url: dashboardUrl() + hash });
// A search results page gets the results view; any other page gets the page scan.
void resolveTargetTab(location.search).then((tab) => {
  if (tab && resultsPageFor(tab.url)) {
    const serp = createSerpPopup(tab, { db, domainOf: registrableDomain, loadSettings: loadSerpSettings, saveSettings: saveSerpSettings, openSettings, qualify: (rows, query, engine) => qualifyFromResults(db, rows, { query, engine }, openDashboard) });
    render(<ResultsApp state={serp.state} actions={serp.controller} />, document.getElementById('app')!);
    return serp.controller.start();
  }
  const state = createPopupState(registrableDomain);
  const actions = createPopupActions(state, { db, scan: async () => scanTab(tab, (await loadSettings()).settings), writeClipboard: (t) => navigator.clipboard.writeText(t), setHighlight, openSettings, send: (req) => send(req), cancel: (jobId) => send({ type: 'cancel-check', jobId }), resume: () => send({ type: 'resume-checks' }), download: downloadText, openDashboard: () => openDashboard(), scrollToLink });
  const compose = createPopupCompose({ db, loadSettings: async () => (await loadSettings()).settings.outreach, writeClipboard: (t) => navigator.clipboard.writeText(t) });
  compose.start();
  render(<PopupApp state={state} actions={actions} compose={compose} />, document.getElementById('app')!);
  return actions.rescan();
});
