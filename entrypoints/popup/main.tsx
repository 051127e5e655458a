import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/common/theme.css';
import '@/components/popup/popup.css';
import { PopupApp, type PopupActions } from '@/components/popup/PopupApp';
import { copyText, createPopupState, loadScan } from '@/lib/state/popup-state';
import { toggleHighlight } from '@/lib/state/popup-highlight';
import { resolveTargetTab, scanTab } from '@/lib/tab/scan-tab';
import { setHighlight } from '@/lib/tab/highlight-tab';
import { loadSettings } from '@/lib/settings/store';
import { registrableDomain } from '@/lib/url/domain';

const state = createPopupState(registrableDomain);
const actions: PopupActions = {
  rescan: () => void loadScan(state, async () => scanTab(await resolveTargetTab(location.search), (await loadSettings()).settings)),
  copy: (text, what) => void copyText(state, text, what, (t) => navigator.clipboard.writeText(t)),
  toggleHighlight: () => void toggleHighlight(state, setHighlight),
  openSettings: () => void browser.runtime.openOptionsPage(),
};

render(<PopupApp state={state} actions={actions} />, document.getElementById('app')!);
actions.rescan();
