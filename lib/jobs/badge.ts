import type { LinkscoutDb } from '@/lib/db/database';
import type { CheckJob } from '@/lib/db/check-records';
import type { VerdictClass } from '@/lib/schemas/link-verdict';

/** Classes counted as dead links on the badge. */
export const DEAD_CLASSES: ReadonlySet<VerdictClass> = new Set(['broken', 'soft-404']);

export async function deadLinkCount(db: LinkscoutDb, jobId: string): Promise<number> {
  return db.checkItems
    .where('[jobId+state]')
    .equals([jobId, 'done'])
    .filter((i) => i.verdict !== undefined && DEAD_CLASSES.has(i.verdict.class))
    .count();
}

export interface BadgeText {
  text: string;
  color: string;
  title: string;
}

/** What the toolbar badge says for a tab's check: dead links so far, red when there are any. */
export function badgeFor(job: CheckJob, dead: number): BadgeText {
  const checking = job.state === 'running' || job.state === 'queued';
  const progress = checking ? ` (checking ${job.done}/${job.total})` : '';
  return {
    text: String(dead),
    color: dead > 0 ? '#cf222e' : checking ? '#57606a' : '#1a7f37',
    title: `Linkscout: ${dead} broken link${dead === 1 ? '' : 's'} on this page${progress}`,
  };
}
