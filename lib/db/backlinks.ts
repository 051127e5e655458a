import type { LinkscoutDb } from '@/lib/db/database';
import type { BacklinkRow } from '@/lib/db/backlink-records';
import { guardStorage } from '@/lib/db/errors';
import { enqueueNewReads } from '@/lib/db/read-jobs';
import { verifyBacklink } from '@/lib/backlinks/verify';
import type { BacklinkSource, ImportedBacklink } from '@/lib/schemas/backlink';
import type { PageRead } from '@/lib/schemas/page-read';
import { registrableDomain } from '@/lib/url/domain';
import { urlKey } from '@/lib/url/key';

export interface BacklinkImportResult {
  added: number;
  updated: number;
  /** Linking pages queued for the page reader. */
  queued: number;
}

const keyOf = (b: Pick<ImportedBacklink, 'sourceUrl' | 'targetUrl'>) => `${urlKey(b.sourceUrl)} ${b.targetUrl ? urlKey(b.targetUrl) : ''}`;

/**
 * Stores imported backlinks (one row per linking page and target; a re-import refreshes the
 * export's fields and keeps the verification) and queues one read per new linking page.
 */
export function importBacklinks(db: LinkscoutDb, rows: readonly ImportedBacklink[], source: BacklinkSource, now: number): Promise<BacklinkImportResult> {
  return guardStorage('Importing backlinks failed', () =>
    db.transaction('rw', db.backlinks, db.readJobs, async () => {
      const byKey = new Map(rows.map((r) => [keyOf(r), r]));
      const existing = await db.backlinks.where('key').anyOf([...byKey.keys()]).toArray();
      const known = new Map(existing.map((e) => [e.key, e]));
      const knownPages = new Set((await db.backlinks.where('sourceUrl').anyOf(rows.map((r) => r.sourceUrl)).toArray()).map((r) => r.sourceUrl));
      const put: BacklinkRow[] = [];
      let added = 0;
      for (const [key, r] of byKey) {
        const old = known.get(key);
        if (!old) added++;
        put.push({ ...r, id: old?.id ?? crypto.randomUUID(), key, sourceDomain: registrableDomain(r.sourceUrl), source, importedAt: old?.importedAt ?? now, verification: old?.verification ?? null });
      }
      await db.backlinks.bulkPut(put);
      const pages = [...new Set(put.map((r) => r.sourceUrl))].filter((u) => !knownPages.has(u));
      await enqueueNewReads(db, pages.map((url) => ({ url, purpose: 'backlink', ref: url })), now);
      return { added, updated: put.length - added, queued: pages.length };
    }),
  );
}

/** Reads every linking page again (the "verify again" button). */
export async function reverifyBacklinks(db: LinkscoutDb, now: number): Promise<number> {
  const pages = [...new Set(await db.backlinks.orderBy('sourceUrl').uniqueKeys())].map(String);
  await enqueueNewReads(db, pages.map((url) => ({ url, purpose: 'backlink', ref: url })), now);
  return pages.length;
}

/** Applies one read of a linking page to every backlink it carries. */
export function applyBacklinkRead(db: LinkscoutDb, sourceUrl: string, read: PageRead, now: number): Promise<number> {
  return guardStorage('Saving the backlink check failed', () =>
    db.transaction('rw', db.backlinks, async () => {
      const rows = await db.backlinks.where('sourceUrl').equals(sourceUrl).toArray();
      await db.backlinks.bulkPut(rows.map((r) => ({ ...r, verification: verifyBacklink(read, r, now) })));
      return rows.length;
    }),
  );
}

export function allBacklinks(db: LinkscoutDb): Promise<BacklinkRow[]> {
  return db.backlinks.toArray();
}

export function clearBacklinks(db: LinkscoutDb): Promise<void> {
  return guardStorage('Deleting the backlinks failed', () =>
    db.transaction('rw', db.backlinks, db.readJobs, async () => {
      await db.backlinks.clear();
      await db.readJobs.where('[purpose+ref]').between(['backlink', ''], ['backlink', '\uffff']).filter((j) => j.state === 'queued').delete();
    }),
  );
}
