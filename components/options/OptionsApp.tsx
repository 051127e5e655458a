import type { OptionsState, SettingsDraft } from '@/lib/state/options-state';
import { OptionsForm } from './OptionsForm';

/** The options page: reads state, renders the form. */
export function OptionsApp({ state, onSubmit }: { state: OptionsState; onSubmit: () => void }) {
  const draft = state.draft.value;
  return (
    <main class="options-page">
      <h1>Linkscout settings</h1>
      {state.problems.value.map((p) => (
        <p class="notice" role="alert" key={p}>
          {p}
        </p>
      ))}
      {state.loading.value || !draft ? (
        <p role="status">Loading settings…</p>
      ) : (
        <OptionsForm
          draft={draft}
          errors={state.errors.value}
          status={state.status.value}
          onChange={(patch: Partial<SettingsDraft>) => {
            state.draft.value = { ...draft, ...patch };
            if (state.status.value.kind === 'saved') state.status.value = { kind: 'idle' };
          }}
          onSubmit={onSubmit}
        />
      )}
    </main>
  );
}
