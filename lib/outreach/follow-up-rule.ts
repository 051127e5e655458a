import type { HistoryEntry, Prospect, ProspectStatus } from '@/lib/schemas/prospect';

/**
 * Statuses that end the follow-up: after a reply (or a won link) there is nothing to follow up,
 * so a reminder would only prompt a second, unwanted e-mail. One rule for every way a status
 * changes: the row's and the detail's status menus, and the outreach panel's Replied and Won.
 */
const ENDS_FOLLOW_UP: ReadonlySet<ProspectStatus> = new Set(['replied', 'won']);

const WHY: Partial<Record<ProspectStatus, string>> = {
  replied: 'a reply ends the follow-up',
  won: 'a won link ends the follow-up',
};

export function endsFollowUp(status: ProspectStatus): boolean {
  return ENDS_FOLLOW_UP.has(status);
}

const day = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * The history note for a follow-up date that a change to `to` removes, or null when the change
 * leaves the follow-up alone (another status, or no date was set).
 */
export function followUpEnded(prospect: Pick<Prospect, 'followUpAt'>, to: ProspectStatus, at: number): HistoryEntry | null {
  if (!endsFollowUp(to) || prospect.followUpAt === null) return null;
  return { kind: 'note', at, field: 'Follow-up', note: `the reminder for ${day(prospect.followUpAt)} was removed: ${WHY[to] ?? 'the sequence is over'}` };
}
