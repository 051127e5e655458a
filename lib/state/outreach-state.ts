import { signal } from '@preact/signals';
import type { LinkscoutDb } from '@/lib/db/database';
import { listTemplates } from '@/lib/db/outreach-templates';
import { listDoNotContact } from '@/lib/db/outreach-dnc';
import { sendTimesSince } from '@/lib/db/outreach-sends';
import { startOfDay } from '@/lib/outreach/pacing';
import { DEFAULT_SETTINGS, type OutreachSettings } from '@/lib/schemas/settings';
import type { DoNotContact, Template } from '@/lib/schemas/outreach';
import { bindLive } from './live';

/** Outreach data shared by the popup and the dashboard: templates, the do-not-contact list, pacing. */
export function createOutreachState() {
  return {
    /** null while loading. */
    templates: signal<Template[] | null>(null),
    doNotContact: signal<DoNotContact[] | null>(null),
    /** When each e-mail marked sent today went out. */
    sentToday: signal<number[]>([]),
    settings: signal<OutreachSettings>(DEFAULT_SETTINGS.outreach),
    /** A failed read; shown where the data would be. */
    error: signal(''),
  };
}

export type OutreachState = ReturnType<typeof createOutreachState>;

export function watchOutreach(state: OutreachState, db: LinkscoutDb, now: () => number = Date.now): () => void {
  const failed = (message: string) => (state.error.value = `Reading outreach data failed: ${message}`);
  const stops = [
    bindLive(state.templates, () => listTemplates(db), failed),
    bindLive(state.doNotContact, () => listDoNotContact(db), failed),
    bindLive(state.sentToday, () => sendTimesSince(db, startOfDay(now())), failed),
  ];
  return () => stops.forEach((stop) => stop());
}
