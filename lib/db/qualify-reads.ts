import type { LinkscoutDb } from '@/lib/db/database';
import { enqueueReads } from '@/lib/db/read-jobs';
import { guardStorage } from '@/lib/db/errors';

/** A read of an extra page of a row's site ("find contacts deeper") is owned by `<row id>|extra`. */
export const EXTRA_SUFFIX = '|extra';

/** The row a qualification read belongs to, and whether it reads an extra page. */
export function qualifyRef(ref: string): { rowId: string; extra: boolean } {
  return ref.endsWith(EXTRA_SUFFIX) ? { rowId: ref.slice(0, -EXTRA_SUFFIX.length), extra: true } : { rowId: ref, extra: false };
}

/** Queues the page reader for rows' landing pages (purpose "qualify", the row as owner). */
export async function queueQualifyReads(db: LinkscoutDb, rows: readonly { id: string; url: string }[], now = Date.now()): Promise<void> {
  await enqueueReads(db, rows.map((r) => ({ url: r.url, purpose: 'qualify' as const, ref: r.id })), now);
}

/** Queues reads of a qualified site's contact / about / "write for us" pages. */
export async function queueDeeperReads(db: LinkscoutDb, rowId: string, urls: readonly string[], now = Date.now()): Promise<void> {
  await enqueueReads(db, urls.map((url) => ({ url, purpose: 'qualify' as const, ref: `${rowId}${EXTRA_SUFFIX}` })), now);
}

/** Withdraws reads of these rows that have not started (pause, cancel, delete): they never run. */
export function withdrawQualifyReads(db: LinkscoutDb, rowIds: readonly string[]): Promise<void> {
  const refs = rowIds.flatMap((id) => [['qualify', id], ['qualify', `${id}${EXTRA_SUFFIX}`]] as [string, string][]);
  return guardStorage('Withdrawing page reads failed', async () => {
    if (refs.length === 0) return;
    await db.transaction('rw', db.readJobs, async () => {
      await db.readJobs.where('[purpose+ref]').anyOf(refs).filter((j) => j.state === 'queued').modify({ state: 'cancelled' });
    });
  });
}
