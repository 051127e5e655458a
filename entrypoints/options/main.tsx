import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createOptionsState } from '@/lib/state/options/state';
import { createOptionsActions } from '@/lib/state/options/actions';
import { loadSettings, saveSettings } from '@/lib/settings/store';

const state = createOptionsState();
const actions = createOptionsActions(state, { load: loadSettings, save: saveSettings });
render(<OptionsApp state={state} actions={actions} />, document.getElementById('app')!);
void actions.load();
