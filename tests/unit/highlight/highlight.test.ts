import { describe, expect, it } from 'vitest';
import { applyHighlights, legendLine, removeHighlights, takeHighlightRequest } from '@/lib/highlight/apply';
import { HIGHLIGHT_GLOBAL, highlightRequest, markFor } from '@/lib/highlight/marks';
import { extractLinks } from '@/lib/scan/links';
import { docAt } from '../dom';
import type { LinkVerdict, VerdictClass } from '@/lib/schemas/link-verdict';

const HTML = `<main>
  <a href="https://a.org/">follow</a> <a href="https://b.org/" rel="nofollow">nf</a>
  <a href="https://c.org/" rel="sponsored nofollow">sp</a> <a href="https://d.org/" rel="ugc">ugc</a>
  <a href="https://mine.io/x">mine</a> <a href="/internal">int</a> <a href="https://a.org/#again">dup</a>
</main>`;

describe('highlighting', () => {
  it('shows verdicts that matter for outreach over rel types, with the status code of dead links', () => {
    const doc = docAt('https://site.com/p', HTML);
    const { links } = extractLinks(doc, { pageDomain: 'site.com', ownDomains: [] });
    const v = (url: string, cls: VerdictClass, status: number | null): [string, LinkVerdict] => [url, { url, class: cls, httpStatus: status, finalUrl: null, hops: [], requests: [], reason: '', checkedAt: 0, durationMs: 0 }];
    const verdicts = new Map([v('https://a.org/', 'broken', 404), v('https://b.org/', 'blocked', 403), v('https://c.org/', 'ok', 200), v('https://d.org/', 'redirected', 200)]);
    const { marks } = highlightRequest(links, true, verdicts);
    expect(marks['https://a.org/']).toEqual({ kind: 'broken', code: '404' });
    expect(marks['https://b.org/']).toEqual({ kind: 'blocked' });
    expect(marks['https://c.org/']).toEqual({ kind: 'sponsored' });
    expect(marks['https://d.org/']).toEqual({ kind: 'redirected' });
    applyHighlights(doc, highlightRequest(links, true, verdicts));
    expect(Array.from(doc.querySelectorAll('[data-linkscout-code]')).map((a) => a.getAttribute('data-linkscout-code'))).toEqual(['404', '404']);
    removeHighlights(doc);
    expect(doc.querySelectorAll('[data-linkscout-code], [data-linkscout-mark]')).toHaveLength(0);
  });

  it('picks one mark per link: own site, then sponsored, ugc, nofollow, follow; internal unmarked', () => {
    const doc = docAt('https://site.com/p', HTML);
    const { links } = extractLinks(doc, { pageDomain: 'site.com', ownDomains: ['mine.io'] });
    expect(Object.fromEntries(links.map((l) => [l.host, markFor(l)]))).toEqual({
      'a.org': 'follow', 'b.org': 'nofollow', 'c.org': 'sponsored', 'd.org': 'ugc', 'mine.io': 'own', 'site.com': null,
    });
  });

  it('marks every occurrence, adds one legend, and removes all of it', () => {
    const doc = docAt('https://site.com/p', HTML);
    const before = doc.documentElement.outerHTML;
    const { links } = extractLinks(doc, { pageDomain: 'site.com', ownDomains: ['mine.io'] });
    expect(applyHighlights(doc, highlightRequest(links, true))).toBe(6);
    expect(doc.querySelectorAll('[data-linkscout-mark="follow"]')).toHaveLength(2);
    expect(doc.querySelectorAll('linkscout-legend')).toHaveLength(1);
    applyHighlights(doc, highlightRequest(links, true)); // applying twice does not stack
    expect(doc.querySelectorAll('linkscout-legend')).toHaveLength(1);
    removeHighlights(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('ignores malformed requests left in the page', () => {
    const scope: Record<string, unknown> = {
      [HIGHLIGHT_GLOBAL]: { on: true, marks: { 'https://a.org/': { kind: 'evil' }, 'https://b.org/': { kind: 'ugc' }, 'https://c.org/': { kind: 'broken', code: '404"><x' } } },
    };
    expect(takeHighlightRequest(scope)).toEqual({ on: true, marks: { 'https://b.org/': { kind: 'ugc' }, 'https://c.org/': { kind: 'broken' } } });
    expect(HIGHLIGHT_GLOBAL in scope).toBe(false);
    expect(takeHighlightRequest({ [HIGHLIGHT_GLOBAL]: 'nonsense' })).toEqual({ on: false, marks: {} });
  });

  it('counts legend rows as the popup and badge do: distinct links, occurrences after them', () => {
    expect(legendLine('Broken', 9, 15)).toBe('Broken: 9 links (15 on the page)');
    expect(legendLine('Follow', 3, 3)).toBe('Follow: 3 links');
    expect(legendLine('Own site', 1, 1)).toBe('Own site: 1 link');
    expect(legendLine('Nofollow', 0, 0)).toBe('Nofollow: 0 links');
  });
});
