import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { exportProspectsCsv } from '@/lib/export/prospect-csv';
import { planCsvImport } from './import-helpers';
import { campaigns, prospect } from './arbitraries';
import { freshDb } from '../db/fixtures';

let db: LinkscoutDb;
beforeAll(async () => {
  db = freshDb();
  await db.campaigns.bulkAdd(campaigns);
});
afterAll(async () => {
  await db.delete();
});

describe('CSV round trip', () => {
  it('our export imports back into an empty database exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(prospect, { minLength: 1, maxLength: 8, selector: (p) => p.normalizedUrl }), async (records) => {
        const text = await (await exportProspectsCsv([records.slice(0, 3), records.slice(3)], campaigns)).text();
        const plan = await planCsvImport(db, text, { now: 1 });
        expect(plan.errors).toEqual([]);
        expect(plan.campaignsToCreate).toEqual([]);
        expect(plan.toAdd.map((a) => a.prospect)).toEqual(records);
      }),
      { numRuns: 60 },
    );
  }, 20_000);
});
