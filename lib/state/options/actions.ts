import type { Settings } from '@/lib/schemas/settings';
import { errorText } from '@/lib/text/error-text';
import { fromDraft, toDraft, type SettingsDraft } from './draft';
import type { OptionsState } from './state';

/** Where settings live (lib/settings/store.ts in the page, a stub in tests). */
export interface OptionsDeps {
  load: () => Promise<{ settings: Settings; problems: string[] }>;
  save: (settings: Settings) => Promise<Settings>;
}

/** Loading, editing and saving the settings form. Failures are shown in the state, never thrown. */
export function createOptionsActions(state: OptionsState, deps: OptionsDeps) {
  return {
    load: async () => {
      try {
        const { settings, problems } = await deps.load();
        state.draft.value = toDraft(settings);
        state.problems.value = problems;
      } catch (error) {
        state.problems.value = [`Settings could not be read: ${errorText(error)}`];
      } finally {
        state.loading.value = false;
      }
    },
    change: (patch: Partial<SettingsDraft>) => {
      const draft = state.draft.value;
      if (!draft) return;
      state.draft.value = { ...draft, ...patch };
      if (state.status.value.kind === 'saved') state.status.value = { kind: 'idle' };
    },
    /** Validates and saves; on success the draft is replaced by the normalised settings. */
    submit: async () => {
      const draft = state.draft.value;
      if (!draft) return;
      const result = fromDraft(draft);
      if (!result.ok) {
        state.errors.value = result.errors;
        state.status.value = { kind: 'error', message: 'Some settings need fixing (see the highlighted fields).' };
        return;
      }
      state.errors.value = {};
      state.status.value = { kind: 'saving' };
      try {
        state.draft.value = toDraft(await deps.save(result.settings));
        state.status.value = { kind: 'saved' };
      } catch (error) {
        state.status.value = { kind: 'error', message: `Settings could not be saved: ${errorText(error)}` };
      }
    },
  };
}

export type OptionsActions = ReturnType<typeof createOptionsActions>;
