import type { LinkscoutDb } from '@/lib/db/database';
import type { SerpSettings } from '@/lib/schemas/serp';
import { readResultsTab } from '@/lib/tab/serp-tab';
import type { TargetTab } from '@/lib/tab/scan-tab';
import { createSerpState } from './serp-state';
import { createSerpController, type SerpDeps } from './serp-controller';

export interface SerpPopupDeps extends Pick<SerpDeps, 'qualify' | 'openSettings' | 'saveSettings' | 'loadSettings' | 'domainOf'> {
  db: LinkscoutDb;
}

/** State and actions of the popup on a results page, reading `tab` with the user's selector overrides. */
export function createSerpPopup(tab: TargetTab, deps: SerpPopupDeps) {
  const state = createSerpState(deps.domainOf);
  let override: SerpSettings['selectorOverride'] = {};
  const controller = createSerpController(state, {
    ...deps,
    loadSettings: async () => {
      const settings = await deps.loadSettings();
      override = settings.selectorOverride;
      return settings;
    },
    read: () => (tab.id === undefined ? Promise.resolve({ ok: false, message: 'No tab to read.' }) : readResultsTab(tab.id, tab.url, override)),
    every: (ms, run) => {
      const timer = setInterval(run, ms);
      return () => clearInterval(timer);
    },
  });
  return { state, controller };
}
