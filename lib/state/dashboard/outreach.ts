import type { LinkscoutDb } from '@/lib/db/database';
import type { OutreachSettings } from '@/lib/schemas/settings';
import { createOutreachState, watchOutreach } from '../outreach-state';
import { createTemplatesActions, createTemplatesState } from './templates';

export interface OutreachSettingsSource {
  load: () => Promise<OutreachSettings>;
  watch: (onChange: (s: OutreachSettings) => void) => () => void;
}

/** The dashboard's outreach parts (templates, do-not-contact, compose data), watching the database and settings. */
export function createDashboardOutreach(db: LinkscoutDb, settings: OutreachSettingsSource) {
  const outreach = createOutreachState();
  const templates = createTemplatesState();
  watchOutreach(outreach, db);
  void settings.load().then((s) => (outreach.settings.value = s), (e: unknown) => (outreach.error.value = `Reading settings failed: ${String(e)}`));
  settings.watch((s) => (outreach.settings.value = s));
  return { outreach, templates, templateActions: createTemplatesActions(templates, db) };
}
