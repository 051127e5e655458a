import type { LinkscoutDb } from '@/lib/db/database';
import { dueFollowUps } from '@/lib/db/prospect-lookups';
import type { Prospect } from '@/lib/schemas/prospect';

export const FOLLOWUP_PREFIX = 'linkscout-followup:';

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
