import { describe, expect, it } from 'vitest';
import { createSerpSelectorsState, showOverride, submitOverride } from '@/lib/state/options/serp-selectors';
import { DEFAULT_SERP_SETTINGS, parseSerpSettings, type SerpSettings } from '@/lib/schemas/serp';

function store(initial: SerpSettings = DEFAULT_SERP_SETTINGS) {
  let value = initial;
  return { load: async () => value, save: async (next: SerpSettings) => void (value = next), get: () => value };
}

describe('selector overrides in Settings', () => {
  it('stores a valid override beside the other results-page options', async () => {
    const s = store({ ...DEFAULT_SERP_SETTINGS, skipContactedDays: 30 });
    const state = createSerpSelectorsState();
    state.text.value = JSON.stringify({ bing: [{ name: 'desktop', root: 'li.x', link: 'a', title: 'h2', snippet: 'p', ad: '.ad', paa: '.paa' }] });
    await submitOverride(state, s.load, s.save);
    expect(state.error.value).toBe('');
    expect(state.status.value).toBe('saved');
    expect(s.get()).toMatchObject({ skipContactedDays: 30, selectorOverride: { bing: [{ root: 'li.x' }] } });
    showOverride(state, s.get());
    expect(JSON.parse(state.text.value)).toEqual(s.get().selectorOverride);
  });

  it('explains bad JSON and missing fields without saving', async () => {
    const s = store();
    const state = createSerpSelectorsState();
    state.text.value = '{ google: [';
    await submitOverride(state, s.load, s.save);
    expect(state.error.value).toMatch(/^Not valid JSON/);
    state.text.value = JSON.stringify({ google: [{ name: 'desktop', root: 'div' }] });
    await submitOverride(state, s.load, s.save);
    expect(state.error.value).toMatch(/^google\.0\.link/);
    expect(s.get()).toBe(DEFAULT_SERP_SETTINGS);
  });

  it('falls back field by field on stored junk', () => {
    expect(parseSerpSettings({ onePerDomain: false, skipContactedDays: -3, selectorOverride: 'x' })).toEqual({ ...DEFAULT_SERP_SETTINGS, onePerDomain: false });
    expect(parseSerpSettings(undefined)).toEqual(DEFAULT_SERP_SETTINGS);
  });
});
