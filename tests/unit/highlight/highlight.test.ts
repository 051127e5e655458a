import { describe, expect, it } from 'vitest';
import { applyHighlights, removeHighlights, takeHighlightRequest } from '@/lib/highlight/apply';
import { HIGHLIGHT_GLOBAL, highlightRequest, markFor } from '@/lib/highlight/marks';
import { extractLinks } from '@/lib/scan/links';
import { docAt } from '../dom';

const HTML = `<main>
  <a href="https://a.org/">follow</a> <a href="https://b.org/" rel="nofollow">nf</a>
  <a href="https://c.org/" rel="sponsored nofollow">sp</a> <a href="https://d.org/" rel="ugc">ugc</a>
  <a href="https://mine.io/x">mine</a> <a href="/internal">int</a> <a href="https://a.org/#again">dup</a>
</main>`;

describe('highlighting', () => {
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
    const scope: Record<string, unknown> = { [HIGHLIGHT_GLOBAL]: { on: true, marks: { 'https://a.org/': 'evil', 'https://b.org/': 'ugc' } } };
    expect(takeHighlightRequest(scope)).toEqual({ on: true, marks: { 'https://b.org/': 'ugc' } });
    expect(HIGHLIGHT_GLOBAL in scope).toBe(false);
    expect(takeHighlightRequest({ [HIGHLIGHT_GLOBAL]: 'nonsense' })).toEqual({ on: false, marks: {} });
  });
});
