import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createOptionsState } from '@/lib/state/options/state';
import { createOptionsActions } from '@/lib/state/options/actions';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import { localStorageQuota } from '@/lib/tab/storage-quota';

const state = createOptionsState();
const actions = createOptionsActions(state, { load: loadSettings, save: async (s) => saveSettings(s, await localStorageQuota()) });
render(<OptionsApp state={state} actions={actions} />, document.getElementById('app')!);
void actions.load();
