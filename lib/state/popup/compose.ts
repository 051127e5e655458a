import type { LinkscoutDb } from '@/lib/db/database';
import type { OutreachSettings } from '@/lib/schemas/settings';
import { createOutreachState, watchOutreach } from '../outreach-state';
import { createComposeActions, createComposeState, watchSends } from '../compose-state';

export interface PopupComposeDeps {
  db: LinkscoutDb;
  loadSettings: () => Promise<OutreachSettings>;
  writeClipboard: (text: string) => Promise<void>;
}

/** Compose in the popup, for the saved page: its own outreach data and compose state. */
export function createPopupCompose(deps: PopupComposeDeps) {
  const outreach = createOutreachState();
  const compose = createComposeState();
  let stopSends: (() => void) | null = null;
  let watching: string | null = null;
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
    /** Follows what was sent to the saved prospect (called as the saved prospect becomes known). */
    follow: (prospectId: string) => {
      if (watching === prospectId) return;
      stopSends?.();
      watching = prospectId;
      stopSends = watchSends(compose, deps.db, prospectId);
    },
  };
}

export type PopupCompose = ReturnType<typeof createPopupCompose>;
