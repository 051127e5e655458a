import type { LinkscoutDb } from '@/lib/db/database';
import type { ReadHandler } from '@/lib/jobs/read-runner';
import { addDeeperContacts, recordQualifyFacts } from '@/lib/db/qualify-jobs';
import { qualifyRef, queueDeeperReads } from '@/lib/db/qualify-reads';
import { factsFromRead } from '@/lib/qualify/facts';
import { extraPagesToRead } from '@/lib/qualify/deeper';
import { registrableDomain } from '@/lib/url/domain';

/**
 * What the background does with a finished qualification read: the landing page's facts go into
 * its row (and, for a live indexable page of a job that asked for it, up to two contact pages are
 * queued); an extra page's contacts are added to the row. Rows of a cancelled or deleted job are
 * left alone.
 */
export function qualifyReadHandler(db: LinkscoutDb, now: () => number = Date.now): ReadHandler {
  return async (job, read) => {
    const { rowId, extra } = qualifyRef(job.ref);
    const row = await db.qualifyRows.get(rowId);
    const owner = row && (await db.qualifyJobs.get(row.jobId));
    if (!row || !owner || owner.state === 'cancelled') return;
    if (extra) {
      if (read.scan) await addDeeperContacts(db, rowId, read.finalUrl ?? read.url, read.scan.contacts, now());
      return;
    }
    const facts = factsFromRead(read);
    await recordQualifyFacts(db, rowId, facts, now());
    const live = facts.statusClass === 'ok' || facts.statusClass === 'redirected';
    if (!owner.deeper || !read.scan || !live || !facts.indexable) return;
    const landing = read.finalUrl ?? read.url;
    const pages = extraPagesToRead(landing, read.scan.contacts, (a, b) => registrableDomain(a) === registrableDomain(b));
    if (pages.length > 0) await queueDeeperReads(db, rowId, pages, now());
  };
}
