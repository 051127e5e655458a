import { describe, expect, it } from 'vitest';
import { filterLinks, type LinkFilter } from '@/lib/state/popup/link-filter';
import type { ScannedLink } from '@/lib/schemas/page-scan';

const link = (url: string, patch: Partial<ScannedLink> = {}): ScannedLink => ({
  url, key: url, host: new URL(url).hostname, outbound: true, toOwnSite: false, rel: [], follow: true, target: '',
  text: '', position: 'body', count: 1, context: '', ...patch,
});

const links = [
  link('https://a.org/1', { text: 'Alpha guide' }),
  link('https://b.org/2', { rel: ['nofollow'], follow: false }),
  link('https://c.org/3', { rel: ['sponsored'], follow: false }),
  link('https://d.org/4', { rel: ['ugc', 'nofollow'], follow: false }),
  link('https://mine.io/5', { toOwnSite: true }),
  link('https://site.com/in', { outbound: false, text: 'Internal page' }),
  link('https://e.org/in-text', { inContent: true, affiliate: true }),
  link('https://www.facebook.com/sharer/sharer.php?u=x', { host: 'www.facebook.com', share: true }),
];

describe('filterLinks', () => {
  it.each<[LinkFilter, string[]]>([
    ['all', ['a.org', 'b.org', 'c.org', 'd.org', 'mine.io', 'site.com', 'e.org', 'www.facebook.com']],
    ['content', ['e.org']],
    ['outbound', ['a.org', 'b.org', 'c.org', 'd.org', 'mine.io', 'e.org']],
    ['affiliate', ['e.org']],
    ['share', ['www.facebook.com']],
    ['internal', ['site.com']],
    ['nofollow', ['b.org', 'd.org']],
    ['sponsored', ['c.org']],
    ['ugc', ['d.org']],
    ['own', ['mine.io']],
  ])('%s', (filter, hosts) => {
    expect(filterLinks(links, filter, '').map((l) => l.host)).toEqual(hosts);
  });

  it('searches URL and anchor text, every word, case-insensitively', () => {
    expect(filterLinks(links, 'all', 'ALPHA').map((l) => l.host)).toEqual(['a.org']);
    expect(filterLinks(links, 'all', 'internal page').map((l) => l.host)).toEqual(['site.com']);
    expect(filterLinks(links, 'all', 'org 4').map((l) => l.host)).toEqual(['d.org']);
    expect(filterLinks(links, 'outbound', 'internal')).toEqual([]);
  });
});

describe('brokenFirst', () => {
  it('puts dead links first, then failures, keeping page order among equals, unchecked last', async () => {
    const { brokenFirst } = await import('@/lib/state/popup/check-filter');
    const verdict = (cls: string) => ({ class: cls }) as unknown as import('@/lib/schemas/link-verdict').LinkVerdict;
    const verdicts = new Map([
      ['https://a.org/1', verdict('ok')],
      ['https://b.org/2', verdict('timeout')],
      ['https://c.org/3', verdict('broken')],
      ['https://d.org/4', verdict('broken')],
    ]);
    expect(brokenFirst(links.slice(0, 5), verdicts).map((l) => l.host)).toEqual(['c.org', 'd.org', 'b.org', 'a.org', 'mine.io']);
  });
});
