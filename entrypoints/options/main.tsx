import { render } from 'preact';
import '@/components/common/theme.css';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { SerpSelectorsForm } from '@/components/options/SerpSelectorsForm';
import { createOptionsState } from '@/lib/state/options/state';
import { createOptionsActions } from '@/lib/state/options/actions';
import { createSerpSelectorsState, showOverride, submitOverride } from '@/lib/state/options/serp-selectors';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import { loadSerpSettings, saveSerpSettings } from '@/lib/settings/serp-store';
import { localStorageQuota } from '@/lib/tab/storage-quota';

const state = createOptionsState();
const actions = createOptionsActions(state, { load: loadSettings, save: async (s) => saveSettings(s, await localStorageQuota()) });
const serp = createSerpSelectorsState();
render(
  <>
    <OptionsApp state={state} actions={actions} />
    <div class="options-page">
      <SerpSelectorsForm state={serp} onSubmit={() => void submitOverride(serp, loadSerpSettings, saveSerpSettings)} />
    </div>
  </>,
  document.getElementById('app')!,
);
void actions.load();
void loadSerpSettings().then((s) => showOverride(serp, s));
