import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/common/theme.css';
import '@/components/popup/popup.css';
import '@/components/common/compose.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { createPopupState } from '@/lib/state/popup/state';
import { createPopupActions } from '@/lib/state/popup/actions';
import { resolveTargetTab } from '@/lib/tab/scan-core';
import { scanTabForPopup, validateScan } from '@/lib/tab/popup-scan';
import { registrableDomains as domains } from '@/lib/tab/domains';
import { scrollToLink } from '@/lib/tab/scroll-to-link';
import { downloadText } from '@/lib/tab/download';
import { dashboardUrl } from '@/lib/tab/pages';
import { loadScanSettings } from '@/lib/settings/scan-settings';
import { resultsPageFor } from '@/lib/serp/engine';

const openSettings = () => void browser.runtime.openOptionsPage();
const openDashboard = (hash = '') => void browser.tabs.create({ url: dashboardUrl() + hash });
// After the next paint; a hidden page (a pop-out in a background tab) paints nothing, so 100 ms at most.
const afterPaint = () => new Promise<void>((resolve) => (requestAnimationFrame(() => setTimeout(resolve)), setTimeout(resolve, 100)));
// A search results page gets the results view (./results.tsx); any other page gets the page scan.
void resolveTargetTab(location.search).then(async (tab) => {
  if (tab && resultsPageFor(tab.url)) return (await import('./results')).showResults(tab, openSettings, openDashboard);
  const state = createPopupState();
  // Storage, messages and compose (./later.ts) load on first use: after the links are on screen.
  let later: Promise<typeof import('./later')> | undefined;
  const load = () => (later ??= import('./later').then((m) => ((state.compose.value = m.startCompose()), m)));
  const messages = async () => (await load()).send;
  const actions = createPopupActions(state, {
    db: async () => (await load()).db, scan: () => scanTabForPopup(tab, { lists: loadScanSettings, domains }), validate: validateScan, domains, afterPaint,
    writeClipboard: (t) => navigator.clipboard.writeText(t), setHighlight: async (...a) => (await import('@/lib/tab/highlight-tab')).setHighlight(...a), openSettings, send: async (req) => (await messages())(req), cancel: async (jobId) => (await messages())({ type: 'cancel-check', jobId }),
    resume: async () => (await messages())({ type: 'resume-checks' }), download: downloadText, openDashboard: () => openDashboard(), scrollToLink,
  });
  render(<PopupApp state={state} actions={actions} />, document.getElementById('app')!);
  return actions.rescan();
});
