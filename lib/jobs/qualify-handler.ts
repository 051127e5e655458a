import type { LinkscoutDb } from '@/lib/db/database';
import type { ReadOwner } from '@/lib/jobs/read-runner';
import { addDeeperContacts, finishQualifyRows, markQualifyReading } from '@/lib/db/qualify-jobs';
import type { QualifyRow } from '@/lib/db/qualify-records';
import { prospectKnowledge } from '@/lib/db/qualify-prospects';
import { qualifyRef, queueDeeperReads } from '@/lib/db/qualify-reads';
import { factsFromRead, unreadableReason } from '@/lib/qualify/facts';
import { extraPagesToRead } from '@/lib/qualify/deeper';
import { disqualify } from '@/lib/qualify/rules';
import type { QualifyRules } from '@/lib/qualify/types';
import { registrableDomain } from '@/lib/url/domain';
import { coalesce } from './coalesce';

export interface QualifyOwnerDeps {
  /** The user's disqualifiers, as the table applies them. */
  rules: () => Promise<QualifyRules>;
  now?: () => number;
}

/**
 * What the background does with qualification reads: a row shows "reading…" once its read starts;
 * the landing page's facts go into its row; a read that fails outright marks the row failed with
 * the reason. "Find contacts deeper" reads up to two contact pages only for a row that no
 * disqualifier rules out (with the rules and prospects as they are when the landing page is read);
 * an extra page's contacts are added to the row. Rows of a cancelled or deleted job are left alone.
 */
export function qualifyReadOwner(db: LinkscoutDb, deps: QualifyOwnerDeps): ReadOwner {
  const now = deps.now ?? Date.now;
  const reading = coalesce((rowIds: string[]) => markQualifyReading(db, rowIds, now()));
  // Results arriving together are stored together (one transaction for rows and progress).
  const finish = coalesce((items: { rowId: string; patch: Partial<QualifyRow> }[]) => finishQualifyRows(db, items));
  const ownerOf = async (ref: string) => {
    const { rowId, extra } = qualifyRef(ref);
    const row = await db.qualifyRows.get(rowId);
    const job = row && (await db.qualifyJobs.get(row.jobId));
    return row && job && job.state !== 'cancelled' ? { row, job, extra } : null;
  };
  return {
    started: async ({ ref }) => {
      const { rowId, extra } = qualifyRef(ref);
      // Only a waiting row changes; a deleted job has none. (A cancelled job's table shows its unread rows as cancelled.)
      if (!extra) await reading(rowId);
    },
    failed: async ({ ref }, error) => {
      const owner = await ownerOf(ref);
      // An extra page that cannot be read leaves the row as it is: its landing page was read.
      if (owner && !owner.extra) await finish({ rowId: owner.row.id, patch: { state: 'failed', error, updatedAt: now() } });
    },
    read: async ({ ref }, read) => {
      const owner = await ownerOf(ref);
      if (!owner) return;
      const { row, job, extra } = owner;
      if (extra) {
        if (read.scan) await addDeeperContacts(db, row.id, read.finalUrl ?? read.url, read.scan.contacts, now());
        return;
      }
      const unreadable = unreadableReason(read);
      if (unreadable) return void (await finish({ rowId: row.id, patch: { state: 'failed', error: unreadable, updatedAt: now() } }));
      const facts = factsFromRead(read);
      await finish({ rowId: row.id, patch: { state: 'done', facts, updatedAt: now() } });
      const live = facts.statusClass === 'ok' || facts.statusClass === 'redirected';
      if (!job.deeper || !read.scan || !live) return;
      const landing = read.finalUrl ?? read.url;
      const domain = registrableDomain(landing);
      const { contactedDomains } = await prospectKnowledge(db, [domain]);
      if (disqualify(facts, { domain, contacted: contactedDomains.has(domain) }, await deps.rules())) return;
      const pages = extraPagesToRead(landing, read.scan.contacts, (a, b) => registrableDomain(a) === registrableDomain(b));
      if (pages.length > 0) await queueDeeperReads(db, row.id, pages, now());
    },
  };
}
