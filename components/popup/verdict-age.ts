import type { CheckJob } from '@/lib/db/check-records';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';

/** "just now", "5 min ago", "3 h ago", "2 days ago". */
export function ageText(checkedAt: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - checkedAt) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/** Results older than this are called out as coming from an earlier check. */
const EARLIER_MS = 10 * 60_000;

/** The oldest verdict shown that came from an earlier check, when there is one worth saying. */
export function oldestEarlier(verdicts: Iterable<LinkVerdict>, job: CheckJob | null, now: number): number | null {
  let oldest: number | null = null;
  for (const v of verdicts) {
    const earlier = job ? v.checkedAt < job.createdAt : true;
    if (earlier && now - v.checkedAt >= EARLIER_MS && (oldest === null || v.checkedAt < oldest)) oldest = v.checkedAt;
  }
  return oldest;
}

/** What the check bar says while a check waits for the user's network. */
export function pausedText(paused: NonNullable<CheckJob['paused']>): string {
  const left = `${paused.pending} link${paused.pending === 1 ? '' : 's'} not checked yet`;
  return paused.reason === 'offline'
    ? `You appear to be offline — ${left}. The check goes on when you are back online; nothing was called broken.`
    : `Many sites failed to answer at the network level, none answered — your connection may be down. ${left}; trying again shortly, nothing was called broken.`;
}
