import { browser } from 'wxt/browser';
import { pruneChecks } from '@/lib/db/check-prune';
import type { LinkscoutDb } from '@/lib/db/database';
import type { CheckerSettings } from '@/lib/schemas/settings';
import { FOLLOWUP_ALARM } from './reminders';

/** Prunes old verdicts and finished check jobs on the background's existing periodic alarm. */
export function wireCheckUpkeep(db: LinkscoutDb, settings: () => Promise<CheckerSettings>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== FOLLOWUP_ALARM) return;
    void settings()
      .then((s) => pruneChecks(db, Date.now(), s.cacheTtlHours * 3600_000))
      .catch((error: unknown) => console.error('Linkscout: pruning old link results failed', error));
  });
}
