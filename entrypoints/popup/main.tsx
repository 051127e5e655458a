import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { createPopupState, loadScan } from '@/lib/state/popup-state';
import { resolveTargetTab, scanTab } from '@/lib/tab/scan-tab';
import { registrableDomain } from '@/lib/url/domain';

const state = createPopupState(registrableDomain);
const rescan = () => loadScan(state, async () => scanTab(await resolveTargetTab(location.search), { ownDomains: [], keywords: [] }));

render(<PopupApp state={state} onRescan={rescan} />, document.getElementById('app')!);
void rescan();
