import { browser } from 'wxt/browser';
import type { LinkscoutDb } from '@/lib/db/database';
import { closedProspectIds, isClosedStatus, prospectsByIds } from '@/lib/db/prospect-lookups';
import { dueFollowUps, readDueCheck, type DueCheck } from './reminder-due';
import type { Prospect } from '@/lib/schemas/prospect';
import { dashboardUrl, FOLLOW_UPS_HASH } from '@/lib/tab/pages';
import { notify } from '@/lib/tab/notify';
import { errorText } from '@/lib/text/error-text';
import { clickTarget, EACH_LIMIT, notificationsFor, planReminders, readNotified, sameMap, type NotifiedMap } from './reminder-plan';

/** The background's periodic alarm (every 5 minutes): follow-up reminders, and pruning old link results. */
export const FOLLOWUP_ALARM = 'linkscout-followups';
/** Prospect id → the follow-up date already notified, in extension storage. */
const NOTIFIED_KEY = 'notifiedFollowUps';
/** When the reminder last looked, and last walked every due date (reminder-due.ts). */
const CHECKED_KEY = 'followUpsChecked';

export interface ReminderRun {
  /** How many open prospects are newly due, or due for a new date. */
  count: number;
  /** The first of them, oldest date first, read whole: all when few, the first few for a summary. */
  fresh: Prospect[];
  /** The map to remember: only ids still due, each with the date handled. */
  notified: NotifiedMap;
  changed: boolean;
  /** This look, to store for the next one. */
  check: DueCheck;
}

/**
 * Finds the due follow-ups (reading only what changed since `last` when it is recent:
 * reminder-due.ts) and compares them with the map of handled ones.
 * Whole records are read only for what a notification shows: each new one when there are a few;
 * when there are more, closed ones are told apart by the status index's keys and only the first few
 * open ones are read. Closed prospects are remembered as handled, so they are not looked at again.
 */
export async function followUpsToNotify(db: LinkscoutDb, now: number, notified: Readonly<NotifiedMap>, last: DueCheck | null = null): Promise<ReminderRun> {
  const { due, full } = await dueFollowUps(db, now, notified, last);
  const { toRead, kept } = planReminders(due, notified);
  const closed = toRead.length > EACH_LIMIT ? await closedProspectIds(db) : new Set<string>();
  const open = toRead.filter((id) => !closed.has(id));
  const toLoad = open.length > EACH_LIMIT ? open.slice(0, EACH_LIMIT) : open;
  for (const id of toRead) if (closed.has(id) || !toLoad.includes(id)) kept[id] = due.get(id) ?? 0;
  let count = open.length - toLoad.length;
  const fresh: Prospect[] = [];
  for (const p of await prospectsByIds(db, toLoad)) {
    // The date read with the record wins: it may have moved since the keys were read.
    if (p.followUpAt === null || p.followUpAt > now) continue;
    kept[p.id] = p.followUpAt;
    if (isClosedStatus(p.status)) continue;
    fresh.push(p);
    count += 1;
  }
  return { count, fresh, notified: kept, changed: !sameMap(kept, notified), check: { at: now, fullAt: full || !last ? now : last.fullAt } };
}

async function notifyDueFollowUps(db: LinkscoutDb): Promise<void> {
  const stored = await browser.storage.local.get([NOTIFIED_KEY, CHECKED_KEY]);
  const run = await followUpsToNotify(db, Date.now(), readNotified(stored[NOTIFIED_KEY]), readDueCheck(stored[CHECKED_KEY]));
  for (const n of notificationsFor(run.fresh, run.count)) notify(n.id, n.title, n.message);
  const write: Record<string, unknown> = { [CHECKED_KEY]: run.check };
  if (run.changed) write[NOTIFIED_KEY] = run.notified;
  await browser.storage.local.set(write);
}

/** Follow-up reminders: an alarm every few minutes, new due dates notified, a click opens the prospect or the due list. */
export function wireReminders(db: LinkscoutDb): void {
  // Made once, not at every wake of the background: re-creating it would restart its clock, so a
  // busy background ran the reminder on every wake. The first run waits a minute, past the pages
  // a browser start opens.
  void browser.alarms.get(FOLLOWUP_ALARM).then(async (existing) => {
    if (!existing) await browser.alarms.create(FOLLOWUP_ALARM, { periodInMinutes: 5, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOWUP_ALARM) void notifyDueFollowUps(db).catch((e: unknown) => console.error(`Linkscout: follow-up reminders failed: ${errorText(e)}`));
  });
  browser.notifications.onClicked.addListener((id) => {
    const target = clickTarget(id);
    if (target === 'follow-ups') void browser.tabs.create({ url: `${dashboardUrl()}${FOLLOW_UPS_HASH}` });
    else if (target) void browser.tabs.create({ url: dashboardUrl(target.prospectId) });
  });
}
