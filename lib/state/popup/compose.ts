import type { LinkscoutDb } from '@/lib/db/database';
import type { OutreachSettings } from '@/lib/schemas/settings';
import { createOutreachState, watchOutreach } from '../outreach-state';
import { createComposeActions, createComposeState } from '../compose-state';

export interface PopupComposeDeps {
  db: LinkscoutDb;
  loadSettings: () => Promise<OutreachSettings>;
  writeClipboard: (text: string) => Promise<void>;
}

/** Compose in the popup, for the saved page: its own outreach data and compose state. */
export function createPopupCompose(deps: PopupComposeDeps) {
  const outreach = createOutreachState();
  const compose = createComposeState();
  return {
    outreach,
    compose,
    actions: createComposeActions(compose, deps),
    /** Starts the live reads of templates, the do-not-contact list and today's sends. */
    start: () => {
      watchOutreach(outreach, deps.db);
      deps.loadSettings().then(
        (s) => (outreach.settings.value = s),
        (e: unknown) => (outreach.error.value = `Reading settings failed: ${String(e)}`),
      );
    },
  };
}

export type PopupCompose = ReturnType<typeof createPopupCompose>;
