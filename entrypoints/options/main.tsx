import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createOptionsState, submitOptions, toDraft } from '@/lib/state/options-state';
import { loadSettings, saveSettings } from '@/lib/settings/store';

const state = createOptionsState();
render(<OptionsApp state={state} onSubmit={() => void submitOptions(state, saveSettings)} />, document.getElementById('app')!);
void loadSettings().then(({ settings, problems }) => {
  state.draft.value = toDraft(settings);
  state.problems.value = problems;
  state.loading.value = false;
});
