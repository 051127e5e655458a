import type { OptionsState } from '@/lib/state/options/state';
import type { OptionsActions } from '@/lib/state/options/actions';
import { OptionsForm } from './OptionsForm';

/** The options page: reads state, renders the form. */
export function OptionsApp({ state, actions }: { state: OptionsState; actions: OptionsActions }) {
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
        <OptionsForm draft={draft} errors={state.errors.value} status={state.status.value} onChange={actions.change} onSubmit={() => void actions.submit()} />
      )}
    </main>
  );
}
