import { computed, signal } from '@preact/signals';
import type { Engine } from '@/lib/serp/types';
import type { FootprintPrefs } from '@/lib/schemas/footprints';
import type { Tactic } from '@/lib/footprints/tactics';
import { buildQueries, DEFAULT_NOISE, type FootprintTemplate } from '@/lib/footprints/build';
import { BUILT_IN_TEMPLATES } from '@/lib/footprints/builtin';

const lines = (text: string) => text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);

export const DEFAULT_PREFS: FootprintPrefs = {
  templates: [...BUILT_IN_TEMPLATES],
  keywords: '',
  name: '',
  engine: 'google',
  after: '',
  brand: '',
  noise: DEFAULT_NOISE.join('\n'),
  excludeOwn: true,
};

/** The query builder: tactic × niche keywords × engine, with modifiers. `ownDomains` come from Settings. */
export function createFootprintsState() {
  const prefs = signal<FootprintPrefs>(DEFAULT_PREFS);
  const ownDomains = signal<string[]>([]);
  const tactic = signal<Tactic>('guest-posts');
  const loading = signal(true);
  const error = signal('');
  const templates = computed(() => prefs.value.templates.filter((t) => t.tactic === tactic.value));
  const queries = computed(() => {
    const p = prefs.value;
    return buildQueries(templates.value, lines(p.keywords), p.name, p.engine as Engine, {
      after: p.after,
      ownDomains: p.excludeOwn ? ownDomains.value : [],
      brand: lines(p.brand),
      noise: lines(p.noise),
    });
  });
  return { prefs, ownDomains, tactic, loading, error, templates, queries };
}

export type FootprintsState = ReturnType<typeof createFootprintsState>;

/** Changes to the builder, each stored through `save` so they survive the page. */
export function createFootprintsActions(state: FootprintsState, save: (prefs: FootprintPrefs) => Promise<void>) {
  const update = (patch: Partial<FootprintPrefs>) => {
    state.prefs.value = { ...state.prefs.value, ...patch };
    save(state.prefs.value).catch((e: unknown) => (state.error.value = `Could not keep the query builder's settings: ${e instanceof Error ? e.message : String(e)}`));
  };
  const setTemplates = (f: (list: FootprintTemplate[]) => FootprintTemplate[]) => update({ templates: f([...state.prefs.value.templates]) });
  return {
    update,
    editTemplate: (id: string, template: string) => template.trim() && setTemplates((list) => list.map((t) => (t.id === id ? { ...t, template } : t))),
    addTemplate: (template: string) => {
      if (!template.trim()) return;
      setTemplates((list) => [...list, { id: `user-${crypto.randomUUID()}`, tactic: state.tactic.value, template: template.trim() }]);
    },
    removeTemplate: (id: string) => setTemplates((list) => list.filter((t) => t.id !== id)),
    resetTemplates: () => setTemplates((list) => [...list.filter((t) => t.tactic !== state.tactic.value), ...BUILT_IN_TEMPLATES.filter((t) => t.tactic === state.tactic.value)]),
  };
}

export type FootprintsActions = ReturnType<typeof createFootprintsActions>;

/** Fills the builder from stored preferences (or the defaults) and the user's own domains. */
export async function loadFootprints(state: FootprintsState, loadPrefs: () => Promise<FootprintPrefs | null>, loadOwnDomains: () => Promise<string[]>): Promise<void> {
  try {
    const [prefs, own] = await Promise.all([loadPrefs(), loadOwnDomains()]);
    if (prefs) state.prefs.value = prefs;
    state.ownDomains.value = own;
  } catch (error) {
    state.error.value = `The query builder's settings could not be read: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    state.loading.value = false;
  }
}
