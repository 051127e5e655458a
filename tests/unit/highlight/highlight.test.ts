import { describe, expect, it } from 'vitest';
import { applyHighlights, legendLine, removeHighlights, takeHighlightRequest } from '@/lib/highlight/apply';
import { HIGHLIGHT_GLOBAL, OVERLAY_GLOBAL, highlightRequest, markFor, pageMayKnow } from '@/lib/highlight/marks';
import type { Overlay } from '@/lib/highlight/overlay';
import { codeBadgePlace } from '@/lib/highlight/overlay';
import { extractLinks } from '@/lib/scan/links';
import { docAt } from '../dom';
import type { LinkVerdict, VerdictClass } from '@/lib/schemas/link-verdict';

const HTML = `<main>
  <a href="https://a.org/">follow</a> <a href="https://b.org/" rel="nofollow">nf</a>
  <a href="https://c.org/" rel="sponsored nofollow">sp</a> <a href="https://d.org/" rel="ugc">ugc</a>
  <a href="https://mine.io/x">mine</a> <a href="/internal">int</a> <a href="https://a.org/#again">dup</a>
</main>`;

const v = (url: string, cls: VerdictClass, status: number | null): [string, LinkVerdict] => [url, { url, class: cls, httpStatus: status, finalUrl: null, hops: [], requests: [], reason: '', checkedAt: 0, durationMs: 0 }];
const drawn = (scope: Record<string, unknown>) => (scope[OVERLAY_GLOBAL] as Overlay | undefined)?.describe() ?? [];

describe('highlighting', () => {
  it('shows verdicts that matter for outreach over rel types, with the status code of dead links', () => {
    const doc = docAt('https://site.com/p', HTML);
    const { links } = extractLinks(doc, { pageDomain: 'site.com', ownDomains: [] });
    const verdicts = new Map([v('https://a.org/', 'broken', 404), v('https://b.org/', 'blocked', 403), v('https://c.org/', 'ok', 200), v('https://d.org/', 'redirected', 200)]);
    const { marks } = highlightRequest(links, true, verdicts);
    expect(marks['https://a.org/']).toEqual({ kind: 'broken', code: '404' });
    expect(marks['https://b.org/']).toEqual({ kind: 'blocked' });
    expect(marks['https://c.org/']).toEqual({ kind: 'sponsored' });
    expect(marks['https://d.org/']).toEqual({ kind: 'redirected' });
    const scope: Record<string, unknown> = {};
    applyHighlights(doc, highlightRequest(links, true, verdicts), scope);
    expect(drawn(scope).filter((m) => m.code).map((m) => [m.text, m.code])).toEqual([['follow', '404'], ['dup', '404']]);
  });

  it('writes nothing a page script can read onto the page\'s own elements', () => {
    const doc = docAt('https://site.com/p', HTML);
    const { links } = extractLinks(doc, { pageDomain: 'site.com', ownDomains: [] });
    const scope: Record<string, unknown> = {};
    applyHighlights(doc, highlightRequest(links, true, new Map([v('https://a.org/', 'broken', 404)])), scope);
    const main = doc.querySelector('main');
    expect(main?.outerHTML).not.toMatch(/linkscout|404|broken|dead/i);
    const host = doc.documentElement.lastElementChild;
    expect(host?.tagName).toBe('DIV'); // a plain element: a page cannot define it beforehand
    expect(host?.shadowRoot).toBeNull(); // closed: the marks and the legend are out of the page's reach
    expect(host?.getAttributeNames().filter((n) => n !== 'style')).toEqual([]);
  });

  it('picks one mark per link: own site, then sponsored, ugc, nofollow, follow; internal unmarked', () => {
    const doc = docAt('https://site.com/p', HTML);
    const { links } = extractLinks(doc, { pageDomain: 'site.com', ownDomains: ['mine.io'] });
    expect(Object.fromEntries(links.map((l) => [l.host, markFor(l)]))).toEqual({
      'a.org': 'follow', 'b.org': 'nofollow', 'c.org': 'sponsored', 'd.org': 'ugc', 'mine.io': 'own', 'site.com': null,
    });
  });

  it('marks every occurrence, draws once, and removes only what it drew', () => {
    const doc = docAt('https://site.com/p', HTML.replace('<main>', '<main data-linkscout-mark="page-own" data-linkscout-code="x">'));
    const before = doc.documentElement.outerHTML;
    const { links } = extractLinks(doc, { pageDomain: 'site.com', ownDomains: ['mine.io'] });
    const scope: Record<string, unknown> = {};
    expect(applyHighlights(doc, highlightRequest(links, true), scope)).toBe(6);
    expect(drawn(scope).filter((m) => m.kind === 'follow')).toHaveLength(2);
    applyHighlights(doc, highlightRequest(links, true), scope); // applying twice does not stack
    expect(doc.documentElement.children).toHaveLength(3); // head, body and one overlay
    removeHighlights(scope);
    expect(doc.documentElement.outerHTML).toBe(before); // the page's own data-linkscout-* attributes stay
  });

  it('shows a public page no verdict about a private-network destination', () => {
    const doc = docAt('https://public.example.com/p', '<a href="http://127.0.0.1:8080/admin">admin</a> <a href="https://a.org/">a</a>');
    const { links } = extractLinks(doc, { pageDomain: 'example.com', ownDomains: [] });
    const verdicts = new Map([v('http://127.0.0.1:8080/admin', 'broken', 404), v('https://a.org/', 'broken', 404)]);
    const fromPublic = highlightRequest(links, true, verdicts, pageMayKnow('https://public.example.com/p')).marks;
    expect(fromPublic['http://127.0.0.1:8080/admin']).toEqual({ kind: 'follow' });
    expect(fromPublic['https://a.org/']).toEqual({ kind: 'broken', code: '404' });
    const fromIntranet = highlightRequest(links, true, verdicts, pageMayKnow('http://intranet/wiki')).marks;
    expect(fromIntranet['http://127.0.0.1:8080/admin']).toEqual({ kind: 'broken', code: '404' });
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

describe('codeBadgePlace', () => {
  // Two links side by side on one line: the first one's badge must not reach into the second's box.
  const first = { x: 30, y: 80, width: 100, height: 18 };
  const second = { x: 134, y: 80, width: 70, height: 18 };
  it('puts the status code above the outline, ending at its right end, clear of the next link', () => {
    const at = codeBadgePlace(first);
    expect(at.transform).toBe('translate(-100%,-100%)');
    expect(at.left).toBeLessThanOrEqual(second.x); // right edge of the badge
    expect(at.top).toBeLessThanOrEqual(first.y); // bottom edge of the badge: above the line
  });
  it('puts it below the outline when there is no room above', () => {
    const at = codeBadgePlace({ x: 0, y: 4, width: 50, height: 18 });
    expect(at).toEqual({ left: 54, top: 26, transform: 'translate(-100%,0)' });
  });
});
