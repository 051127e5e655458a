import fc from 'fast-check';
import type { Prospect } from '@/lib/schemas/prospect';
import { opportunityTypeSchema, prospectStatusSchema } from '@/lib/schemas/prospect';
import { contactKindSchema } from '@/lib/schemas/page-scan';
import { verdictClassSchema } from '@/lib/schemas/link-verdict';
import { normalizeUrl } from '@/lib/url/normalize';
import { registrableDomain } from '@/lib/url/domain';

/** Characters that break naive CSV: quotes, delimiters, line breaks, formula starters, our escapes, non-ASCII. */
export const tricky = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', '"', ',', ';', '|', '\\', '\n', '\r\n', '\t', '=', '+', '-', '@', "'", 'é', '日', '😀', '\u00a0'),
  maxLength: 12,
});
export const nonEmpty = tricky.filter((s) => s !== '');
export const word = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const host = fc.constantFrom('example.com', 'www.blog.example.co.uk', 'user.github.io', '127.0.0.1:8080', 'xn--bcher-kva.de');
const url = fc.tuple(fc.constantFrom('http', 'https'), host, fc.array(word, { maxLength: 3 }), fc.option(word, { nil: undefined }))
  .map(([scheme, h, path, q]) => `${scheme}://${h}/${path.join('/')}${q ? `?q=${q}` : ''}`);
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

const contact = fc.oneof(
  fc.tuple(word, word).map(([a, b]) => ({ kind: 'email' as const, value: `${a}@${b}.example` })),
  fc.tuple(fc.constantFrom(...contactKindSchema.options), nonEmpty).map(([kind, value]) => ({ kind, value })),
).chain((c) => fc.record({
  source: tricky,
  name: fc.option(nonEmpty, { nil: undefined }),
  position: fc.option(nonEmpty, { nil: undefined }),
  confidence: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
}).map(({ source, ...details }) => ({ ...c, source, ...Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) })));

export const prospect = fc.record({
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

export const campaigns = [{ id: 'c1', name: 'Spring', createdAt: 0 }, { id: 'c2', name: '=Autumn, "Q4"', createdAt: 0 }];
