import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import { Dexie } from 'dexie';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';
import { guardStorage } from '@/lib/db/errors';

/** A file's values for one stored prospect (lib/export/import-merge.ts `Incoming`). */
type Incoming = Partial<Prospect>;
/** "Keep mine" or "take the file's" per field (lib/export/import-merge.ts `MergeChoices`). */
type MergeChoices = Partial<Record<keyof Prospect, 'mine' | 'theirs'>>;

/** What a previewed import writes (the parts of lib/export's ImportPlan this module reads). */
export interface ImportWrites {
  source: string;
  campaignsToCreate: readonly Campaign[];
  toAdd: ReadonlyArray<{ prospect: Prospect }>;
  toUpdate: ReadonlyArray<{ before: Prospect; incoming: Incoming }>;
}

/** The merge rule (lib/export/import-merge.ts `mergeProspect`), handed in: the rules stay out of the database layer. */
export type Merge = (stored: Prospect, incoming: Incoming, choices: MergeChoices, at: number, source: string) => Prospect;

export interface ImportResult {
  added: number;
  updated: number;
  campaignsCreated: number;
  /** Prospects written elsewhere (another tab, the popup) after the preview: merged again with what they are now. */
  changedSincePreview: number;
  /** Prospects deleted after the preview: left deleted. */
  goneSincePreview: number;
}

export interface ApplyOptions {
  merge: Merge;
  /** Per stored prospect id, "keep mine" or "take the file's" for each conflicting field; default mine. */
  choices?: ReadonlyMap<string, MergeChoices>;
  now?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const WRITE_CHUNK = 2000;

/**
 * Writes a previewed import in one transaction: all of it, or (on a storage error or a cancel)
 * none of it. Every target is read again first; one that changed since the preview is merged with
 * its current value (merging keeps both sides, so nothing written meanwhile is lost), and a page
 * that was saved meanwhile is merged into instead of added twice.
 */
export function applyImport(db: LinkscoutDb, plan: ImportWrites, options: ApplyOptions): Promise<ImportResult> {
  const now = options.now ?? Date.now();
  const choices = options.choices ?? new Map<string, MergeChoices>();
  return guardStorage('Importing failed', () =>
    db.transaction('rw', db.prospects, db.campaigns, async () => {
      const result: ImportResult = { added: 0, updated: 0, campaignsCreated: 0, changedSincePreview: 0, goneSincePreview: 0 };
      // A campaign of the same name created since the preview is used instead of a second one.
      const existing = new Map((await db.campaigns.where('name').anyOf(plan.campaignsToCreate.map((c) => c.name)).toArray()).map((c) => [c.name, c.id]));
      const campaignIds = new Map(plan.campaignsToCreate.map((c) => [c.id, existing.get(c.name) ?? c.id]));
      const fresh = plan.campaignsToCreate.filter((c) => !existing.has(c.name));
      await db.campaigns.bulkAdd(fresh);
      result.campaignsCreated = fresh.length;
      const campaignOf = (id: string | null) => (id === null ? null : (campaignIds.get(id) ?? id));
      const incomingOf = (i: Incoming): Incoming => (i.campaignId === undefined ? i : { ...i, campaignId: campaignOf(i.campaignId) });

      const current = new Map((await db.prospects.bulkGet(plan.toUpdate.map((u) => u.before.id))).flatMap((r) => (r ? [[r.id, toProspect(r)] as const] : [])));
      const addedNow = new Map((await db.prospects.where('normalizedUrl').anyOf(plan.toAdd.map((a) => a.prospect.normalizedUrl)).toArray()).map((r) => [r.normalizedUrl, toProspect(r)]));
      const writes: Prospect[] = [];
      for (const update of plan.toUpdate) {
        const stored = current.get(update.before.id);
        if (!stored) {
          result.goneSincePreview++;
          continue;
        }
        if (stored.updatedAt !== update.before.updatedAt) result.changedSincePreview++;
        const after = options.merge(stored, incomingOf(update.incoming), choices.get(update.before.id) ?? {}, now, plan.source);
        if (after !== stored) writes.push(after);
      }
      for (const { prospect } of plan.toAdd) {
        const savedMeanwhile = addedNow.get(prospect.normalizedUrl);
        const withCampaign = { ...prospect, campaignId: campaignOf(prospect.campaignId) };
        if (!savedMeanwhile) {
          writes.push(withCampaign);
          result.added++;
          continue;
        }
        result.changedSincePreview++;
        const { tags, contacts, notes, brokenLinks, linksToMySite, spamSignals, title, opportunityType, status, relevance, followUpAt, campaignId } = withCampaign;
        const after = options.merge(savedMeanwhile, { tags, contacts, notes, brokenLinks, linksToMySite, spamSignals, title, opportunityType, status, relevance, followUpAt, campaignId }, {}, now, plan.source);
        if (after !== savedMeanwhile) writes.push(after);
      }
      result.updated = writes.length - result.added;
      for (let at = 0; at < writes.length; at += WRITE_CHUNK) {
        options.signal?.throwIfAborted();
        await db.prospects.bulkPut(writes.slice(at, at + WRITE_CHUNK));
        options.onProgress?.(Math.min(at + WRITE_CHUNK, writes.length), writes.length);
      }
      options.signal?.throwIfAborted();
      return result;
    }),
  );
}

/** Keys per indexed read: one `anyOf` range read per chunk instead of one request per row. */
const CHUNK = 2000;

async function chunked(keys: readonly string[], read: (chunk: string[]) => Promise<Prospect[]>): Promise<Prospect[]> {
  const unique = [...new Set(keys)];
  const found: Prospect[] = [];
  for (let at = 0; at < unique.length; at += CHUNK) found.push(...(await read(unique.slice(at, at + CHUNK))));
  return found;
}

/** The reads an import preview needs (lib/export/import-plan.ts `ImportLookups`), each answered for a whole file at once. */
export function importLookups(db: LinkscoutDb) {
  return {
    campaigns: (): Promise<Campaign[]> => db.campaigns.toArray(),
    byIds: (ids: readonly string[]) => chunked(ids, async (chunk) => (await db.prospects.where(':id').anyOf(chunk).toArray()).map(toProspect)),
    byUrls: (keys: readonly string[]) => chunked(keys, async (chunk) => (await db.prospects.where('normalizedUrl').anyOf(chunk).toArray()).map(toProspect)),
    /**
     * Per domain, the prospect saved there first (the one a site's rows join). Which domains have
     * any prospect is one unique-key walk of the domain index per chunk; only those get a short
     * index read, so a file of mostly new sites costs little.
     */
    byDomains: (domains: readonly string[]) =>
      chunked(domains, async (chunk) => {
        const saved = (await db.prospects.where('domain').anyOf(chunk).uniqueKeys()).map(String);
        const first = await Promise.all(saved.map((d) => db.prospects.where('[domain+createdAt]').between([d, Dexie.minKey], [d, Dexie.maxKey]).first()));
        return first.flatMap((row) => (row ? [toProspect(row)] : []));
      }),
  };
}

