import { describe, expect, it } from 'vitest';
import { badgeFor, contactedWithin } from '@/lib/serp/badges';
import { visibleRows, preselected, type ResultRow } from '@/lib/serp/rows';
import { suggestTypeForQuery } from '@/lib/footprints/suggest';

const DAY = 86_400_000;
const p = (status: 'new' | 'contacted' | 'replied' | 'do-not-contact' | 'qualified', updatedAt: number, history: { at: number; to: 'contacted' }[] = []) => ({
  status,
  updatedAt,
  history: history.map((h) => ({ kind: 'status' as const, from: 'new' as const, ...h })),
});

describe('badgeFor', () => {
  it('is new without prospects, saved with status, contacted with when, do-not-contact first', () => {
    expect(badgeFor([])).toEqual({ kind: 'new' });
    expect(badgeFor([p('new', 1), p('qualified', 5)])).toEqual({ kind: 'saved', status: 'qualified' });
    expect(badgeFor([p('new', 9), p('replied', 50, [{ at: 20, to: 'contacted' }])])).toEqual({ kind: 'contacted', status: 'replied', at: 20 });
    expect(badgeFor([p('contacted', 7)])).toEqual({ kind: 'contacted', status: 'contacted', at: 7 });
    expect(badgeFor([p('contacted', 7), p('do-not-contact', 1)])).toEqual({ kind: 'do-not-contact' });
  });

  it('contactedWithin counts days back from now; 0 days turns it off', () => {
    const badge = { kind: 'contacted' as const, status: 'contacted' as const, at: 1000 * DAY };
    expect(contactedWithin(badge, 100, 1099 * DAY)).toBe(true);
    expect(contactedWithin(badge, 100, 1100 * DAY)).toBe(false);
    expect(contactedWithin(badge, 0, 1001 * DAY)).toBe(false);
    expect(contactedWithin({ kind: 'saved', status: 'new' }, 100, 1001 * DAY)).toBe(false);
  });
});

const row = (url: string, domain: string, label: ResultRow['label'], badge: ResultRow['badge'] = { kind: 'new' }): ResultRow => ({
  rank: 1, position: label === 'organic' ? 1 : null, url, host: domain, title: url, snippet: '', label, domain, badge,
});

describe('visibleRows and preselected', () => {
  const rows = [
    row('https://a.example/1', 'a.example', 'organic'),
    row('https://a.example/2', 'a.example', 'organic'),
    row('https://a.example/ad', 'a.example', 'ad'),
    row('https://b.example/', 'b.example', 'organic', { kind: 'contacted', status: 'contacted', at: 10 * DAY }),
    row('https://c.example/', 'c.example', 'organic', { kind: 'do-not-contact' }),
    row('https://d.example/', 'd.example', 'forum'),
  ];

  it('keeps one organic result per domain and leaves out recently contacted domains', () => {
    const out = visibleRows(rows, { onePerDomain: true, skipContactedDays: 100, now: 20 * DAY });
    expect(out.rows.map((r) => r.url)).toEqual(['https://a.example/1', 'https://a.example/ad', 'https://c.example/', 'https://d.example/']);
    expect(out).toMatchObject({ recentlyContacted: 1, sameDomain: 1 });
    expect(visibleRows(rows, { onePerDomain: false, skipContactedDays: 0, now: 20 * DAY }).rows).toHaveLength(6);
  });

  it('pre-selects organic results only, never contacted or do-not-contact ones', () => {
    expect([...preselected(rows)]).toEqual(['https://a.example/1', 'https://a.example/2']);
  });
});

describe('suggestTypeForQuery', () => {
  it.each([
    ['coffee intitle:"write for us"', 'guest-post'],
    ['coffee inurl:resources', 'resource-page'],
    ['"coffee" "submit your site"', 'directory'],
    ['coffee "dead link" OR "broken link"', 'broken-link'],
    ['best coffee grinders 2026', 'mention'],
    ['coffee journalist "looking for experts"', 'journalist-query'],
    ['coffee', 'other'],
  ])('%s → %s', (query, type) => expect(suggestTypeForQuery(query)).toBe(type));
});
