import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { SerpSelectorsForm } from '@/components/options/SerpSelectorsForm';
import { createOptionsState, submitOptions, toDraft } from '@/lib/state/options-state';
import { createSerpSelectorsState, showOverride, submitOverride } from '@/lib/state/options/serp-selectors';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import { loadSerpSettings, saveSerpSettings } from '@/lib/settings/serp-store';

const state = createOptionsState();
const serp = createSerpSelectorsState();
render(
  <>
    <OptionsApp state={state} onSubmit={() => void submitOptions(state, saveSettings)} />
    <div class="options-page">
      <SerpSelectorsForm state={serp} onSubmit={() => void submitOverride(serp, loadSerpSettings, saveSerpSettings)} />
    </div>
  </>,
  document.getElementById('app')!,
);
void loadSettings().then(({ settings, problems }) => {
  state.draft.value = toDraft(settings);
  state.problems.value = problems;
  state.loading.value = false;
});
void loadSerpSettings().then((s) => showOverride(serp, s));
