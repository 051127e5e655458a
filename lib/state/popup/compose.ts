import type { LinkscoutDb } from '@/lib/db/database';
import type { OutreachSettings } from '@/lib/schemas/settings';
import { listDoNotContact } from '@/lib/db/outreach-dnc';
import { listTemplates } from '@/lib/db/outreach-templates';
import { sendTimesSince } from '@/lib/db/outreach-sends';
import { startOfDay } from '@/lib/outreach/pacing';
import { createOutreachState } from '../outreach-state';
import { createComposeActions, createComposeState } from '../compose-state';
import { bindLive } from '../live';

export interface PopupComposeDeps {
  db: LinkscoutDb;
  loadSettings: () => Promise<OutreachSettings>;
  writeClipboard: (text: string) => Promise<void>;
}

/**
 * Compose in the popup, for the saved page. Only the do-not-contact list is read when the popup
 * opens (for the badge); templates, today's sends and settings wait until compose is opened, so
 * the popup's first scan does not share its start with them.
 */
export function createPopupCompose(deps: PopupComposeDeps) {
  const outreach = createOutreachState();
  const compose = createComposeState();
  const failed = (message: string) => (outreach.error.value = `Reading outreach data failed: ${message}`);
  let opened = false;
  return {
    outreach,
    compose,
    actions: createComposeActions(compose, deps),
    start: () => void bindLive(outreach.doNotContact, () => listDoNotContact(deps.db), failed),
    /** Reads what compose needs, once, when the user opens it. */
    open: () => {
      if (opened) return;
      opened = true;
      bindLive(outreach.templates, () => listTemplates(deps.db), failed);
      bindLive(outreach.sentToday, () => sendTimesSince(deps.db, startOfDay(Date.now())), failed);
      deps.loadSettings().then((s) => (outreach.settings.value = s), (e: unknown) => failed(String(e)));
    },
  };
}

export type PopupCompose = ReturnType<typeof createPopupCompose>;
