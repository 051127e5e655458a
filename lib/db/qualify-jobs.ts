import type { LinkscoutDb } from '@/lib/db/database';
import type { QualifyJob, QualifyRow } from '@/lib/db/qualify-records';
import type { FoundBy } from '@/lib/schemas/prospect';
import { guardStorage } from '@/lib/db/errors';
import { normalizeUrl } from '@/lib/url/normalize';
import type { Contact } from '@/lib/schemas/page-scan';
import type { QualifyFacts } from '@/lib/qualify/types';
import { withDeeperContacts } from '@/lib/qualify/facts';

export interface QualifyInput {
  url: string;
  foundBy?: FoundBy;
}

/** Records a qualification job and its rows (one per distinct http(s) URL) in one transaction. */
export async function createQualifyJob(db: LinkscoutDb, inputs: readonly QualifyInput[], source: string, options: { deeper?: boolean; now?: number } = {}): Promise<QualifyJob> {
  const now = options.now ?? Date.now();
  const id = crypto.randomUUID();
  const seen = new Set<string>();
  const rows: QualifyRow[] = [];
  for (const input of inputs) {
    const key = normalizeUrl(input.url);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    rows.push({ id: `${id}:${rows.length}`, jobId: id, order: rows.length, url: input.url, state: 'queued', updatedAt: now, ...(input.foundBy ? { foundBy: input.foundBy } : {}) });
  }
  const job: QualifyJob = { id, createdAt: now, state: rows.length ? 'queued' : 'done', source, deeper: options.deeper ?? true, total: rows.length, done: 0 };
  await guardStorage('Starting the qualification failed', () =>
    db.transaction('rw', db.qualifyJobs, db.qualifyRows, async () => {
      await db.qualifyJobs.add(job);
      await db.qualifyRows.bulkAdd(rows);
    }),
  );
  return job;
}

export function qualifyJobs(db: LinkscoutDb): Promise<QualifyJob[]> {
  return db.qualifyJobs.orderBy('createdAt').reverse().toArray();
}

export function qualifyRows(db: LinkscoutDb, jobId: string): Promise<QualifyRow[]> {
  return db.qualifyRows.where('[jobId+order]').between([jobId, -Infinity], [jobId, Infinity]).toArray();
}

/** Pause, resume or cancel: the runner reads the state before each row, so the change takes effect at once. */
export function setQualifyState(db: LinkscoutDb, jobId: string, state: 'paused' | 'queued' | 'cancelled'): Promise<void> {
  return guardStorage('Changing the qualification failed', async () => {
    await db.transaction('rw', db.qualifyJobs, async () => {
      const job = await db.qualifyJobs.get(jobId);
      if (!job || job.state === 'done' || job.state === 'cancelled') return;
      await db.qualifyJobs.put({ ...job, state });
    });
  });
}

export function deleteQualifyJob(db: LinkscoutDb, jobId: string): Promise<void> {
  return guardStorage('Deleting the qualification failed', () =>
    db.transaction('rw', db.qualifyJobs, db.qualifyRows, async () => {
      await db.qualifyRows.where('[jobId+order]').between([jobId, -Infinity], [jobId, Infinity]).delete();
      await db.qualifyJobs.delete(jobId);
    }),
  );
}

/** Stores what reading a row's page found; the job's progress moves in the same transaction. */
export function recordQualifyFacts(db: LinkscoutDb, rowId: string, facts: QualifyFacts, now = Date.now()): Promise<QualifyRow | undefined> {
  return finishRow(db, rowId, { state: 'done', facts, updatedAt: now });
}

/** Rows whose reads have started show "reading…" (only rows still waiting; a finished one stays finished). */
export function markQualifyReading(db: LinkscoutDb, rowIds: readonly string[], now = Date.now()): Promise<true[]> {
  return guardStorage('Saving a qualification result failed', async () => {
    await db.qualifyRows.where('id').anyOf([...rowIds]).modify((row) => {
      if (row.state !== 'queued') return;
      row.state = 'reading';
      row.updatedAt = now;
    });
    return rowIds.map(() => true as const);
  });
}

export function recordQualifyFailure(db: LinkscoutDb, rowId: string, error: string, now = Date.now()): Promise<QualifyRow | undefined> {
  return finishRow(db, rowId, { state: 'failed', error, updatedAt: now });
}

async function finishRow(db: LinkscoutDb, rowId: string, patch: Partial<QualifyRow>): Promise<QualifyRow | undefined> {
  return (await finishQualifyRows(db, [{ rowId, patch }]))[0] ?? undefined;
}

/**
 * Stores read rows (facts or failure) and moves their jobs' progress, all in one transaction: a
 * burst of results costs one write, not one each. Null for a row that is gone.
 */
export function finishQualifyRows(db: LinkscoutDb, items: readonly { rowId: string; patch: Partial<QualifyRow> }[]): Promise<(QualifyRow | null)[]> {
  return guardStorage('Saving a qualification result failed', () =>
    db.transaction('rw', db.qualifyJobs, db.qualifyRows, async () => {
      const rows = await db.qualifyRows.bulkGet(items.map((i) => i.rowId));
      const jobs = new Map<string, QualifyJob>();
      const out: (QualifyRow | null)[] = [];
      // A row read twice (resumed while its first read was still under way) counts once.
      const seen = new Set<string>();
      for (const [i, row] of rows.entries()) {
        if (!row) {
          out.push(null);
          continue;
        }
        const counted = row.state === 'done' || row.state === 'failed' || seen.has(row.id);
        seen.add(row.id);
        const next = { ...row, ...items[i]?.patch };
        out.push(next);
        if (counted) continue;
        const job = jobs.get(row.jobId) ?? (await db.qualifyJobs.get(row.jobId));
        if (!job) continue;
        const done = job.done + 1;
        const state = job.state === 'cancelled' || job.state === 'paused' ? job.state : done >= job.total ? 'done' : 'running';
        jobs.set(job.id, { ...job, done, state });
      }
      await db.qualifyRows.bulkPut(out.filter((r): r is QualifyRow => r !== null));
      if (jobs.size) await db.qualifyJobs.bulkPut([...jobs.values()]);
      return out;
    }),
  );
}

/** Contacts found on an extra page of a row's site ("find contacts deeper"). */
export function addDeeperContacts(db: LinkscoutDb, rowId: string, pageUrl: string, contacts: readonly Contact[], now = Date.now()): Promise<void> {
  return guardStorage('Saving contacts found deeper failed', async () => {
    await db.transaction('rw', db.qualifyRows, async () => {
      const row = await db.qualifyRows.get(rowId);
      if (!row?.facts) return;
      await db.qualifyRows.put({ ...row, facts: withDeeperContacts(row.facts, pageUrl, contacts), updatedAt: now });
    });
  });
}
