import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { factsFromRead, withDeeperContacts } from '@/lib/qualify/facts';
import { disqualify } from '@/lib/qualify/rules';
import { scoreParts } from '@/lib/qualify/score';
import { extraPagesToRead } from '@/lib/qualify/deeper';
import { affiliateLinkCount } from '@/lib/qualify/affiliate';
import { judgeRow, sortJudged, type Knowledge } from '@/lib/qualify/table';
import { DEFAULT_QUALIFY_RULES, type QualifyFacts } from '@/lib/qualify/types';
import type { ReadLike } from '@/lib/qualify/read-like';
import { qualifyCsv, QUALIFY_COLUMNS } from '@/lib/export/qualify-csv';
import { registrableDomain } from '@/lib/url/domain';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import { makeScan } from '../db/fixtures';

const link = (url: string, over: Partial<ScannedLink> = {}): ScannedLink => ({
  url, key: url, host: new URL(url).hostname, outbound: true, toOwnSite: false, rel: [], follow: true, target: '', text: 'x', position: 'main', count: 1, context: '', ...over,
});

function read(over: Partial<ReadLike> = {}, scanOver: Parameters<typeof makeScan>[1] = {}): ReadLike {
  return {
    url: 'https://blog.example/resources',
    finalUrl: 'https://blog.example/resources',
    verdict: { class: 'ok', httpStatus: 200, hops: [] },
    xRobotsTag: null,
    index: { indexable: true, reason: 'answers 2xx, no noindex, canonical is itself', canonicalRelation: 'self' },
    scan: makeScan('https://blog.example/resources', {
      links: [link('https://a.example/'), link('https://b.example/', { follow: false, rel: ['nofollow'] }), link('https://www.amazon.com/dp/1?tag=blog-20'), link('https://blog.example/go/grinder', { outbound: false })],
      contacts: [
        { kind: 'email', value: 'ed@blog.example', source: 'mailto link' },
        { kind: 'contact-page', value: 'https://blog.example/contact', source: 'link: Contact' },
        { kind: 'contact-page', value: 'https://blog.example/write-for-us', source: 'link: Write for us' },
        { kind: 'contact-page', value: 'https://other.example/contact', source: 'link' },
        { kind: 'contact-page', value: 'https://blog.example/about', source: 'link' },
      ],
      ...scanOver,
    }),
    ...over,
  };
}

const facts = (over: Partial<ReadLike> = {}, scanOver: Parameters<typeof makeScan>[1] = {}) => factsFromRead(read(over, scanOver));
const site = { domain: 'blog.example', contacted: false };

describe('factsFromRead', () => {
  it('turns a read into the table columns', () => {
    const f = facts({ verdict: { class: 'redirected', httpStatus: 200, hops: [{}, {}] } });
    expect(f).toMatchObject({ statusClass: 'redirected', redirectHops: 2, lang: 'en', indexable: true, canonicalIsSelf: true, outboundLinks: 3, pageKind: 'resource', kindScore: 80, relevance: 40, spamScore: 10, contactPage: 'https://blog.example/contact', affiliateLinks: 2, wordCount: null });
    expect(f.nofollowShare).toBeCloseTo(1 / 3);
    expect(factsFromRead({ ...read(), scan: null, verdict: { class: 'broken', httpStatus: 404, hops: [] } })).toMatchObject({ statusClass: 'broken', httpStatus: 404, outboundLinks: 0, title: '' });
  });

  it('adds contacts from extra pages once, saying where they came from', () => {
    const f = withDeeperContacts(facts(), 'https://blog.example/contact', [
      { kind: 'email', value: 'ED@blog.example', source: 'mailto link' },
      { kind: 'email', value: 'pitches@blog.example', source: 'page text' },
    ]);
    expect(f.contacts.filter((c) => c.kind === 'email').map((c) => c.value)).toEqual(['ed@blog.example', 'pitches@blog.example']);
    expect(f.contacts.at(-1)?.source).toBe('page text on https://blog.example/contact');
    expect(f.extraPages).toEqual(['https://blog.example/contact']);
  });
});

describe('disqualify', () => {
  const rules = { ...DEFAULT_QUALIFY_RULES, languages: ['en'], blocklist: ['spammy.example'], competitors: ['rival.example'] };
  it.each<[string, Partial<QualifyFacts>, Partial<typeof site>, string | null]>([
    ['passes', {}, {}, null],
    ['parked', { statusClass: 'parked' }, {}, 'dead-or-parked'],
    ['404', { statusClass: 'broken', httpStatus: 404 }, {}, 'dead-or-parked'],
    ['noindex', { indexable: false, indexReason: 'meta robots says noindex' }, {}, 'not-indexable'],
    ['blocked is not proof of death', { statusClass: 'blocked', indexable: false }, {}, null],
    ['German page', { lang: 'de-DE' }, {}, 'wrong-language'],
    ['en-GB is English', { lang: 'en-GB' }, {}, null],
    ['spam', { spamScore: 75 }, {}, 'spammy'],
    ['contacted', {}, { contacted: true }, 'already-contacted'],
    ['blocklist subdomain', {}, { domain: 'www.spammy.example' }, 'blocklisted'],
    ['competitor', {}, { domain: 'rival.example' }, 'competitor'],
  ])('%s', (_name, f, s, rule) => {
    expect(disqualify({ ...facts(), ...f }, { ...site, ...s }, rules)?.rule ?? null).toBe(rule);
  });

  it('every rule can be turned off', () => {
    const off = { ...DEFAULT_QUALIFY_RULES, notIndexable: false, deadOrParked: false, maxSpamScore: 100, alreadyContacted: false };
    expect(disqualify({ ...facts(), statusClass: 'parked', indexable: false, spamScore: 99 }, { ...site, contacted: true }, off)).toBeNull();
  });
});

describe('scoring and the table', () => {
  it('shows the parts of the score', () => {
    expect(scoreParts(facts())).toEqual({ relevance: 20, kind: 24, contacts: 20, total: 64 });
    expect(scoreParts({ ...facts(), contacts: [], contactPage: '', relevance: 0, pageKind: 'article', kindScore: 50 })).toEqual({ relevance: 0, kind: 6, contacts: 0, total: 6 });
  });

  it('picks at most two same-site extra pages, "write for us" first', () => {
    expect(extraPagesToRead('https://blog.example/resources', read().scan!.contacts, (a, b) => registrableDomain(a) === registrableDomain(b))).toEqual([
      'https://blog.example/write-for-us',
      'https://blog.example/contact',
    ]);
  });

  it('counts affiliate links by rel, network, parameter and cloaking path', () => {
    expect(affiliateLinkCount([link('https://x.example/', { rel: ['sponsored'] }), link('https://amzn.to/abc'), link('https://shop.example/?ref=me'), link('https://me.example/recommends/x', { outbound: false }), link('https://plain.example/')])).toBe(4);
  });

  it('sorts qualified by score, then pending, then disqualified; the CSV parses back with every column', () => {
    const known: Knowledge = { domainOf: registrableDomain, prospectDomains: new Set(['blog.example']), contactedDomains: new Set() };
    const rows = sortJudged([
      judgeRow({ id: 'a', order: 0, url: 'https://parked.example/', state: 'done', facts: { ...facts(), finalUrl: 'https://parked.example/', statusClass: 'parked' } }, known, DEFAULT_QUALIFY_RULES),
      judgeRow({ id: 'b', order: 1, url: 'https://wait.example/', state: 'queued' }, known, DEFAULT_QUALIFY_RULES),
      judgeRow({ id: 'c', order: 2, url: 'https://blog.example/resources', state: 'done', facts: facts() }, known, DEFAULT_QUALIFY_RULES),
      judgeRow({ id: 'd', order: 3, url: 'https://gone.example/', state: 'failed', error: 'storage full' }, known, DEFAULT_QUALIFY_RULES),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(rows[0]).toMatchObject({ alreadyInProspects: true, score: { total: 64 } });
    const csv = qualifyCsv(rows);
    expect(csv.startsWith('\uFEFFurl,final_url,status_class')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...QUALIFY_COLUMNS]);
    expect(parsed.data[0]).toMatchObject({ url: 'https://blog.example/resources', indexable: 'true', emails: 'ed@blog.example', already_in_prospects: 'true', disqualified_reason: '', score: '64' });
    expect(parsed.data[2]?.disqualified_reason).toBe('dead or parked (parked, HTTP 200)');
    expect(parsed.data[3]?.disqualified_reason).toBe('could not be read: storage full');
  });
});
