import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, isFiltered, NO_CAMPAIGN, toProspectFilter, type FilterDraft } from '@/lib/state/dashboard/filters';
import { dayEnd, dayStart, toDayInput } from '@/lib/state/dashboard/dates';
import { ariaSort, DEFAULT_SORT, nextSort } from '@/lib/state/dashboard/sort';
import { clampPage, pageCount, pageRequest, rangeLabel } from '@/lib/state/dashboard/paging';
import { hashForProspect, prospectIdFromHash } from '@/lib/state/dashboard/hash';
import { parseTags } from '@/lib/state/tags';

const draft = (patch: Partial<FilterDraft>): FilterDraft => ({ ...EMPTY_FILTERS, ...patch });
const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0) => new Date(y, m - 1, d, h, min, s, ms).getTime();

describe('toProspectFilter', () => {
  it.each<[string, Partial<FilterDraft>, object]>([
    ['nothing set', {}, {}],
    ['a status', { status: 'won' }, { status: ['won'] }],
    ['every open status', { status: 'open' }, { status: ['new', 'qualified', 'contacted', 'followed-up', 'replied'] }],
    ['a type', { type: 'guest-post' }, { opportunityType: ['guest-post'] }],
    ['a campaign', { campaign: 'c-1' }, { campaignId: 'c-1' }],
    ['no campaign', { campaign: NO_CAMPAIGN }, { campaignId: null }],
    ['a tag', { tag: 'priority' }, { tag: 'priority' }],
    ['a domain, cleaned', { domain: '  WWW.Example.COM ' }, { domain: 'example.com' }],
    ['has e-mail', { hasEmail: 'yes' }, { hasEmail: true }],
    ['no e-mail', { hasEmail: 'no' }, { hasEmail: false }],
    ['search, trimmed', { search: '  gmail  ' }, { search: 'gmail' }],
    ['blank search', { search: '   ' }, {}],
    ['created from a day', { createdFrom: '2025-03-01' }, { createdAt: { from: local(2025, 3, 1) } }],
    ['updated up to a day, inclusive', { updatedTo: '2025-03-01' }, { updatedAt: { to: local(2025, 3, 1, 23, 59, 59, 999) } }],
    ['follow-up between two days', { followUpFrom: '2025-03-01', followUpTo: '2025-03-02' }, { followUpAt: { from: local(2025, 3, 1), to: local(2025, 3, 2, 23, 59, 59, 999) } }],
    ['a malformed date is ignored', { createdFrom: '2025-02-31' }, {}],
  ])('%s', (_name, patch, expected) => {
    expect(toProspectFilter(draft(patch))).toEqual(expected);
  });

  it('combines every field', () => {
    const f = toProspectFilter(draft({ status: 'new', tag: 't', hasEmail: 'yes', search: 'x y' }));
    expect(f).toEqual({ status: ['new'], tag: 't', hasEmail: true, search: 'x y' });
  });

  it.each<[Partial<FilterDraft>, boolean]>([
    [{}, false],
    [{ search: '  ' }, false],
    [{ createdTo: 'nonsense' }, false],
    [{ search: 'a' }, true],
    [{ campaign: NO_CAMPAIGN }, true],
    [{ followUpTo: '2025-01-01' }, true],
  ])('isFiltered(%j) is %s', (patch, expected) => expect(isFiltered(draft(patch))).toBe(expected));
});

describe('dates', () => {
  it('round-trips a local day', () => {
    const start = dayStart('2024-02-29');
    expect(start).toBe(local(2024, 2, 29));
    expect(toDayInput(start)).toBe('2024-02-29');
    expect(toDayInput(dayEnd('2024-02-29'))).toBe('2024-02-29');
    expect((dayEnd('2024-02-29') ?? 0) - (start ?? 0)).toBe(86_400_000 - 1);
  });
  it.each(['', '2023-02-29', '2025-13-01', '01/02/2025', '2025-1-1'])('%j is not a day', (v) => expect(dayStart(v)).toBeNull());
  it('shows no day for no date', () => expect(toDayInput(null)).toBe(''));
});

describe('sorting', () => {
  it.each<[string, 'asc' | 'desc']>([
    ['relevance', 'desc'],
    ['domain', 'asc'],
    ['followUpAt', 'asc'],
    ['createdAt', 'desc'],
  ])('a new column %s starts %s', (field, direction) => {
    expect(nextSort(DEFAULT_SORT, field as never)).toEqual({ field, direction });
  });
  it('the same column flips', () => {
    const once = nextSort(DEFAULT_SORT, 'domain');
    expect(nextSort(once, 'domain')).toEqual({ field: 'domain', direction: 'desc' });
    expect(nextSort(nextSort(once, 'domain'), 'domain')).toEqual(once);
    expect(nextSort(DEFAULT_SORT, 'updatedAt')).toEqual({ field: 'updatedAt', direction: 'asc' });
  });
  it('reports aria-sort per column', () => {
    expect(ariaSort(DEFAULT_SORT, 'updatedAt')).toBe('descending');
    expect(ariaSort({ field: 'domain', direction: 'asc' }, 'domain')).toBe('ascending');
    expect(ariaSort(DEFAULT_SORT, 'domain')).toBe('none');
  });
});

describe('paging', () => {
  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [100_000, 2000],
  ])('%i prospects make %i pages', (total, pages) => expect(pageCount(total)).toBe(pages));
  it.each([
    [5, 120, 2],
    [-1, 120, 0],
    [1, 0, 0],
    [1.7, 120, 1],
  ])('page %d of %i prospects is kept at %i', (page, total, fitted) => expect(clampPage(page, total)).toBe(fitted));
  it('asks the database for one page', () => expect(pageRequest(3)).toEqual({ offset: 150, limit: 50 }));
  it('labels the range', () => {
    expect(rangeLabel(1, 50, 1234)).toBe('51–100 of 1,234');
    expect(rangeLabel(0, 0, 0)).toBe('0 of 0');
    expect(rangeLabel(1, 50, null)).toBe('51–100 of …');
  });
});

describe('#prospect=<id>', () => {
  it.each<[string, string | null]>([
    ['#prospect=p-1', 'p-1'],
    ['#prospect=a%2Fb%20c', 'a/b c'],
    ['#prospect=', null],
    ['#other=p-1', null],
    ['', null],
    ['#prospect=%E0%A4%A', null],
  ])('%j opens %j', (hash, id) => expect(prospectIdFromHash(hash)).toBe(id));
  it('round-trips any id', () => {
    for (const id of ['p-0000001', 'a/b?c#d', 'ünï']) expect(prospectIdFromHash(hashForProspect(id))).toBe(id);
  });
});

describe('parseTags', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['a, b', ['a', 'b']],
    [' a ,, a , b  c ', ['a', 'b c']],
  ])('%j → %j', (text, tags) => expect(parseTags(text)).toEqual(tags));
});
