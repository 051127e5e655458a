import type { Prospect } from '@/lib/schemas/prospect';
import { formatCount } from '@/lib/text/numbers';

/**
 * The rules of follow-up reminders, pure: which due follow-ups still need reading, what the
 * remembered map keeps, and the notifications for the new ones.
 */

export const FOLLOWUP_PREFIX = 'linkscout-followup:';
/** The one notification that stands for many due follow-ups; a click opens the list of them. */
export const SUMMARY_ID = 'linkscout-followups-due';
/** Up to this many new follow-ups get a notification each; more get one summary. */
export const EACH_LIMIT = 3;
/** Prospect id → follow-up date, the date already notified (or, for a closed prospect, passed over). */
export type NotifiedMap = Record<string, number>;

export interface ReminderPlan {
  /** Ids due for a date not handled yet, oldest date first: only these records are read. */
  toRead: string[];
  /** The entries of the map that are still due for the same date; the rest are dropped. */
  kept: NotifiedMap;
}

/** Compares the due follow-ups (id → date, from the index alone) with the map of handled ones. */
export function planReminders(due: ReadonlyMap<string, number>, notified: Readonly<NotifiedMap>): ReminderPlan {
  const toRead: string[] = [];
  const kept: NotifiedMap = {};
  for (const [id, date] of due) {
    if (Object.hasOwn(notified, id) && notified[id] === date) kept[id] = date;
    else toRead.push(id);
  }
  return { toRead, kept };
}

/** Whether two maps hold the same entries (storage is written only when they do not). */
export function sameMap(a: Readonly<NotifiedMap>, b: Readonly<NotifiedMap>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && b[k] === a[k]);
}

/** A stored value read back as a map; anything else (missing, damaged) counts as nothing handled. */
export function readNotified(stored: unknown): NotifiedMap {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

export interface ReminderNotification {
  id: string;
  title: string;
  message: string;
}

const label = (p: Prospect) => `${p.title || p.url} (${p.domain})`;

export function notificationFor(p: Prospect): ReminderNotification {
  return { id: `${FOLLOWUP_PREFIX}${p.id}`, title: 'Linkscout: follow-up due', message: `${label(p)}, status ${p.status}.` };
}

/** "12 follow-ups are due" with the first few named (`first`, oldest first); for more than EACH_LIMIT new ones at once. */
export function summaryFor(first: readonly Prospect[], count: number): ReminderNotification {
  const named = first.slice(0, EACH_LIMIT);
  const rest = count - named.length;
  return {
    id: SUMMARY_ID,
    title: `Linkscout: ${formatCount(count)} follow-ups are due`,
    message: `${named.map(label).join('; ')}${rest > 0 ? `; and ${formatCount(rest)} more` : ''}. Click to see them all.`,
  };
}

/** One notification each for a few new follow-ups, one summary for more (never a flood). */
export function notificationsFor(fresh: readonly Prospect[], count = fresh.length): ReminderNotification[] {
  if (count > EACH_LIMIT) return [summaryFor(fresh, count)];
  return fresh.map(notificationFor);
}

/** What a clicked notification opens: a prospect, the due list, or nothing (not ours). */
export function clickTarget(notificationId: string): { prospectId: string } | 'follow-ups' | null {
  if (notificationId === SUMMARY_ID) return 'follow-ups';
  return notificationId.startsWith(FOLLOWUP_PREFIX) ? { prospectId: notificationId.slice(FOLLOWUP_PREFIX.length) } : null;
}
