import { browser } from 'wxt/browser';
import type { LinkscoutDb } from '@/lib/db/database';
import { dueFollowUps } from '@/lib/db/prospect-lookups';
import type { Prospect } from '@/lib/schemas/prospect';
import { dashboardUrl } from '@/lib/tab/pages';
import { notify } from '@/lib/tab/notify';
import { errorText } from '@/lib/text/error-text';

export const FOLLOWUP_PREFIX = 'linkscout-followup:';
/** The background's periodic alarm (every 5 minutes): follow-up reminders, and pruning old link results. */
export const FOLLOWUP_ALARM = 'linkscout-followups';
/** Prospect id → the follow-up date already notified, in extension storage. */
const NOTIFIED_KEY = 'notifiedFollowUps';

/** Prospects due for a follow-up that have not been notified for this follow-up date yet. */
export async function followUpsToNotify(db: LinkscoutDb, now: number, notified: Readonly<Record<string, number>>): Promise<Prospect[]> {
  const due = await dueFollowUps(db, now);
  return due.filter((p) => p.followUpAt !== null && notified[p.id] !== p.followUpAt);
}

export function notificationFor(p: Prospect): { id: string; title: string; message: string } {
  return {
    id: `${FOLLOWUP_PREFIX}${p.id}`,
    title: 'Linkscout: follow-up due',
    message: `${p.title || p.url} (${p.domain}), status ${p.status}.`,
  };
}

/** The prospect a clicked follow-up notification points at, or null for other notifications. */
export function prospectIdOf(notificationId: string): string | null {
  return notificationId.startsWith(FOLLOWUP_PREFIX) ? notificationId.slice(FOLLOWUP_PREFIX.length) : null;
}

async function notifyDueFollowUps(db: LinkscoutDb): Promise<void> {
  const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  const notified = (stored && typeof stored === 'object' ? stored : {}) as Record<string, number>;
  for (const p of await followUpsToNotify(db, Date.now(), notified)) {
    const n = notificationFor(p);
    notify(n.id, n.title, n.message);
    notified[p.id] = p.followUpAt ?? 0;
  }
  await browser.storage.local.set({ [NOTIFIED_KEY]: notified });
}

/** Follow-up reminders: an alarm every few minutes, one notification per due date, a click opens the prospect. */
export function wireReminders(db: LinkscoutDb): void {
  void browser.alarms.create(FOLLOWUP_ALARM, { periodInMinutes: 5, delayInMinutes: 0.1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOWUP_ALARM) void notifyDueFollowUps(db).catch((e: unknown) => console.error(`Linkscout: follow-up reminders failed: ${errorText(e)}`));
  });
  browser.notifications.onClicked.addListener((id) => {
    const prospectId = prospectIdOf(id);
    if (prospectId) void browser.tabs.create({ url: dashboardUrl(prospectId) });
  });
}
