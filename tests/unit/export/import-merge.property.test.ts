import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';
import { exportProspectsCsv } from '@/lib/export/prospect-csv';
import type { MergeChoices } from '@/lib/export/import-merge';
import { applyImport, planCsvImport } from './import-helpers';
import { campaigns, nonEmpty, prospect, word } from './arbitraries';
import { freshDb } from '../db/fixtures';

const snapshot = async (db: LinkscoutDb) => (await db.prospects.orderBy('id').toArray()).map(toProspect);
const contactKeys = (records: readonly Prospect[]) => new Set(records.flatMap((p) => p.contacts.map((c) => `${c.kind}\u0000${c.value.trim().toLowerCase()}`)));

async function withDb<T>(run: (db: LinkscoutDb) => Promise<T>): Promise<T> {
  const db = freshDb();
  try {
    await db.campaigns.bulkAdd(campaigns);
    return await run(db);
  } finally {
    await db.delete();
  }
}

/** A Hunter-style file: one row per person, several people per domain, some addresses shared. */
const hunterFile = fc.array(
  fc.record({ domain: fc.constantFrom('shop.example', 'blog.example.org', 'news.example.net'), user: word, first: word, position: nonEmpty.filter((s) => !/[\r\n"]/.test(s)), confidence: fc.integer({ min: 0, max: 100 }) }),
  { minLength: 1, maxLength: 8 },
).map((rows) => ['Domain name,Email address,First name,Position,Confidence score',
  ...rows.map((r) => `${r.domain},${r.user}@${r.domain},${r.first},"${r.position}",${r.confidence}`)].join('\n'));

describe('importing is a merge that loses nothing', () => {
  it('importing the same file twice changes nothing the second time (our export and a Hunter file)', async () => {
    const file = fc.oneof(
      fc.uniqueArray(prospect, { minLength: 1, maxLength: 5, selector: (p) => p.normalizedUrl }).map((records) => ({ records })),
      hunterFile.map((text) => ({ text })),
    );
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(prospect, { maxLength: 4, selector: (p) => p.normalizedUrl }), file, async (stored, input) => {
        await withDb(async (db) => {
          await db.prospects.bulkAdd(stored);
          const text = 'text' in input ? input.text : await (await exportProspectsCsv([input.records], campaigns)).text();
          await applyImport(db, await planCsvImport(db, text, { now: 10 }), { now: 10 });
          const once = await snapshot(db);
          const again = await planCsvImport(db, text, { now: 20 });
          expect(again.toAdd).toEqual([]);
          await applyImport(db, again, { now: 20 });
          expect(await snapshot(db)).toEqual(once);
        });
      }),
      { numRuns: Number(process.env.RUNS ?? 40) },
    );
  }, 60_000);

  it('importing our export into a populated store loses no tag, note or contact, whichever side the user takes', async () => {
    const variant = (p: Prospect) => fc.tuple(prospect, fc.boolean()).map(([other, sameId]) => ({ ...other, id: sameId ? p.id : other.id, url: p.url, normalizedUrl: p.normalizedUrl, domain: p.domain }));
    const scenario = fc.uniqueArray(prospect, { minLength: 1, maxLength: 4, selector: (p) => p.normalizedUrl }).chain((stored) =>
      fc.tuple(fc.constant(stored), fc.tuple(...stored.map(variant)), fc.array(prospect, { maxLength: 2 }), fc.constantFrom<'mine' | 'theirs'>('mine', 'theirs')));
    await fc.assert(
      fc.asyncProperty(scenario, async ([stored, changed, added, side]) => {
        const file = [...changed, ...added].filter((p, i, all) => all.findIndex((q) => q.normalizedUrl === p.normalizedUrl) === i);
        await withDb(async (db) => {
          await db.prospects.bulkAdd(stored);
          const text = await (await exportProspectsCsv([file], campaigns)).text();
          const plan = await planCsvImport(db, text, { now: 10 });
          expect(plan.errors).toEqual([]);
          const all: MergeChoices = { title: side, opportunityType: side, status: side, campaignId: side, relevance: side, followUpAt: side };
          await applyImport(db, plan, { now: 10, choices: new Map(plan.toUpdate.map((u) => [u.before.id, all])) });
          const result = await snapshot(db);
          const tags = new Set(result.flatMap((p) => p.tags));
          for (const tag of [...stored, ...file].flatMap((p) => p.tags)) expect(tags).toContain(tag);
          const contacts = contactKeys(result);
          for (const key of contactKeys([...stored, ...file])) expect(contacts).toContain(key);
          for (const note of [...stored, ...file].map((p) => p.notes.trim()).filter(Boolean)) {
            expect(result.some((p) => p.notes.includes(note))).toBe(true);
          }
        });
      }),
      { numRuns: Number(process.env.RUNS ?? 40) },
    );
  }, 60_000);
});
