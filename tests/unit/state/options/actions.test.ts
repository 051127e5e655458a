import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/schemas/settings';
import { toDraft } from '@/lib/state/options/draft';
import { createOptionsState } from '@/lib/state/options/state';
import { createOptionsActions, type OptionsDeps } from '@/lib/state/options/actions';

const draft = (patch = {}) => ({ ...toDraft(DEFAULT_SETTINGS), ...patch });

function setup(deps: Partial<OptionsDeps> = {}) {
  const state = createOptionsState();
  const saved: Settings[] = [];
  const actions = createOptionsActions(state, {
    load: async () => ({ settings: DEFAULT_SETTINGS, problems: [] }),
    save: async (s) => {
      saved.push(s);
      return s;
    },
    ...deps,
  });
  return { state, actions, saved };
}

describe('options actions', () => {
  it('loads the stored settings into the draft and shows what could not be read', async () => {
    const { state, actions } = setup({ load: async () => ({ settings: { ...DEFAULT_SETTINGS, keywords: ['hives'] }, problems: ['keywords: reset'] }) });
    expect(state.loading.value).toBe(true);
    await actions.load();
    expect(state.loading.value).toBe(false);
    expect(state.draft.value?.keywords).toBe('hives');
    expect(state.problems.value).toEqual(['keywords: reset']);
  });

  it('does not save an invalid draft', async () => {
    const { state, actions, saved } = setup();
    state.draft.value = draft({ ownDomains: '???' });
    await actions.submit();
    expect(saved).toHaveLength(0);
    expect(state.status.value.kind).toBe('error');
    expect(state.errors.value.ownDomains).toBeDefined();
  });

  it('saves a valid draft, replaces it by the stored form, and an edit clears "saved"', async () => {
    const { state, actions, saved } = setup();
    await actions.load();
    actions.change({ ownDomains: 'https://www.Example.com/x' });
    await actions.submit();
    expect(saved[0]?.ownDomains).toEqual(['example.com']);
    expect(state.draft.value?.ownDomains).toBe('example.com');
    expect(state.status.value).toEqual({ kind: 'saved' });
    actions.change({ keywords: 'bees' });
    expect(state.status.value).toEqual({ kind: 'idle' });
  });

  it('reports a failed write', async () => {
    const { state, actions } = setup({
      save: async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      },
    });
    state.draft.value = draft();
    await actions.submit();
    expect(state.status.value).toEqual({ kind: 'error', message: 'Settings could not be saved: QUOTA_BYTES quota exceeded' });
  });
});
