import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prospect } from '@/lib/schemas/prospect';
import { opportunityTypeSchema, prospectStatusSchema } from '@/lib/schemas/prospect';
import { contactKindSchema } from '@/lib/schemas/page-scan';
import { verdictClassSchema } from '@/lib/schemas/link-verdict';
import type { LinkscoutDb } from '@/lib/db/database';
import { normalizeUrl } from '@/lib/url/normalize';
import { registrableDomain } from '@/lib/url/domain';
import { exportProspectsCsv } from '@/lib/export/prospect-csv';
import { planCsvImport } from '@/lib/export/import-plan';
import { importLookups } from '@/lib/db/transfer-import';
import { freshDb } from '../db/fixtures';

/** Characters that break naive CSV: quotes, delimiters, line breaks, formula starters, our escapes, non-ASCII. */
const tricky = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', '"', ',', ';', '|', '\\', '\n', '\r\n', '\t', '=', '+', '-', '@', "'", 'é', '日', '😀', '\u00a0'),
  maxLength: 12,
});
const nonEmpty = tricky.filter((s) => s !== '');
const word = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const host = fc.constantFrom('example.com', 'www.blog.example.co.uk', 'user.github.io', '127.0.0.1:8080', 'xn--bcher-kva.de');
const url = fc.tuple(fc.constantFrom('http', 'https'), host, fc.array(word, { maxLength: 3 }), fc.option(word, { nil: undefined }))
  .map(([scheme, h, path, q]) => `${scheme}://${h}/${path.join('/')}${q ? `?q=${q}` : ''}`);
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

const contact = fc.oneof(
  fc.tuple(word, word).map(([a, b]) => ({ kind: 'email' as const, value: `${a}@${b}.example` })),
  fc.tuple(fc.constantFrom(...contactKindSchema.options), nonEmpty).map(([kind, value]) => ({ kind, value })),
).chain((c) => tricky.map((source) => ({ ...c, source })));

const prospect = fc.record({
  id: fc.uuid(),
  url,
  title: tricky,
  opportunityType: fc.constantFrom(...opportunityTypeSchema.options),
  status: fc.constantFrom(...prospectStatusSchema.options),
  campaignId: fc.constantFrom(null, 'c1', 'c2'),
  tags: fc.uniqueArray(nonEmpty, { maxLength: 3 }),
  contacts: fc.uniqueArray(contact, { maxLength: 4, selector: (c) => `${c.kind}\u0000${c.value.trim().toLowerCase()}` }),
  brokenLinks: fc.array(fc.record({
    url: nonEmpty,
    anchorText: tricky,
    httpStatus: fc.option(fc.integer({ min: 100, max: 599 }), { nil: null }),
    statusClass: fc.constantFrom(...verdictClassSchema.options),
  }), { maxLength: 2 }),
  linksToMySite: fc.array(fc.record({ url: nonEmpty, anchorText: tricky, rel: fc.array(word, { maxLength: 2 }) }), { maxLength: 2 }),
  relevance: fc.integer({ min: 0, max: 200 }).map((n) => n / 2),
  spamSignals: fc.array(nonEmpty, { maxLength: 2 }),
  notes: tricky,
  followUpAt: fc.option(time, { nil: null }),
  createdAt: time,
  updatedAt: time,
}).map((p): Prospect => ({
  ...p,
  normalizedUrl: normalizeUrl(p.url) ?? '',
  domain: registrableDomain(p.url),
  // Not carried by the CSV (the JSON backup carries them): imported with their defaults.
  spamScore: 0,
  toxic: false,
  history: [],
}));

const campaigns = [{ id: 'c1', name: 'Spring', createdAt: 0 }, { id: 'c2', name: '=Autumn, "Q4"', createdAt: 0 }];
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
        const plan = await planCsvImport(importLookups(db), text, { now: 1 });
        expect(plan.errors).toEqual([]);
        expect(plan.campaignsToCreate).toEqual([]);
        expect(plan.toAdd.map((a) => a.prospect)).toEqual(records);
      }),
      { numRuns: 60 },
    );
  }, 20_000);
});
