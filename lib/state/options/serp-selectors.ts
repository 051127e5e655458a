import { signal } from '@preact/signals';
import { selectorOverrideSchema, type SerpSettings } from '@/lib/schemas/serp';

/** The "Search results pages" section of the options page: selector overrides as editable JSON. */
export function createSerpSelectorsState() {
  return {
    text: signal(''),
    error: signal(''),
    status: signal<'idle' | 'saved' | 'loading'>('loading'),
  };
}
export type SerpSelectorsState = ReturnType<typeof createSerpSelectorsState>;

export function showOverride(state: SerpSelectorsState, settings: SerpSettings): void {
  const o = settings.selectorOverride;
  state.text.value = Object.keys(o).length ? JSON.stringify(o, null, 2) : '';
  state.status.value = 'idle';
}

/** Parses and validates the JSON, then stores it with the other results-page settings. */
export async function submitOverride(
  state: SerpSelectorsState,
  load: () => Promise<SerpSettings>,
  save: (next: SerpSettings) => Promise<unknown>,
): Promise<void> {
  state.error.value = '';
  let raw: unknown = {};
  if (state.text.value.trim()) {
    try {
      raw = JSON.parse(state.text.value);
    } catch (error) {
      state.error.value = `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
      return;
    }
  }
  const parsed = selectorOverrideSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    state.error.value = `${issue?.path.join('.') || 'The override'}: ${issue?.message ?? 'invalid'}`;
    return;
  }
  try {
    await save({ ...(await load()), selectorOverride: parsed.data });
    state.status.value = 'saved';
  } catch (error) {
    state.error.value = `Could not save: ${error instanceof Error ? error.message : String(error)}`;
  }
}
