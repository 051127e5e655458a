// Hostile pages must not hurt their own scan (issue #9, finding 13): bounded text reads, bounded
// URL lengths, a time budget, and a scan that says what it skipped.
import { describe, expect, it } from 'vitest';
import { extractLinks, MAX_URL_LENGTH } from '@/lib/scan/links';
import { scanPage } from '@/lib/scan/scan-page';
import { boundedText } from '@/lib/scan/text';
import { docAt } from '../dom';

const URL_ = 'https://hostile.example/page';

describe('hostile pages', () => {
  it('2,000 nested anchors: each anchor text is bounded, not its whole subtree', () => {
    let html = '';
    for (let i = 0; i < 2_000; i++) html = `<a href="https://n${i}.example/">level ${i} ${'word '.repeat(20)}${html}</a>`;
    const doc = docAt(URL_, `<html><body><main>${html}</main></body></html>`);
    const scan = scanPage(doc, URL_, { pageDomain: 'hostile.example' });
    expect(scan.links.length).toBeGreaterThan(0);
    for (const l of scan.links) {
      expect(l.text.length).toBeLessThanOrEqual(200);
      expect(l.context.length).toBeLessThanOrEqual(200);
    }
  });

  it('a 200 KB <base href> makes no 200 KB links: they are counted as too long and the scan says so', () => {
    const base = `https://hostile.example/${'a'.repeat(200_000)}/`;
    const anchors = Array.from({ length: 800 }, (_, i) => `<a href="p${i}">p${i}</a>`).join('');
    const doc = docAt(URL_, `<html><head><base href="${base}"><link rel="canonical" href="c"></head><body>${anchors}<a href="https://fine.example/">fine</a></body></html>`);
    const scan = scanPage(doc, URL_, { pageDomain: 'hostile.example' });
    expect(scan.links.map((l) => l.url)).toEqual(['https://fine.example/']);
    expect(scan.ignored.tooLong).toBe(800);
    expect(scan.meta.canonical).toBeNull();
    expect(JSON.stringify(scan).length).toBeLessThan(50_000);
    expect(scan.skipped).toContain(`800 links with URLs over ${MAX_URL_LENGTH / 1024} KB were left out.`);
  });

  it('an absolute href longer than the limit is counted, not listed', () => {
    const doc = docAt(URL_, `<html><body><a href="https://long.example/${'x'.repeat(MAX_URL_LENGTH)}">x</a></body></html>`);
    const { links, ignored } = extractLinks(doc, { pageDomain: 'hostile.example', ownDomains: [] });
    expect(links).toEqual([]);
    expect(ignored.tooLong).toBe(1);
  });

  it('stops reading links when the time budget is spent and counts what it did not read', () => {
    const anchors = Array.from({ length: 1_000 }, (_, i) => `<a href="https://s${i}.example/">s${i}</a>`).join('');
    const doc = docAt(URL_, `<html><body>${anchors}</body></html>`);
    const { links, unread } = extractLinks(doc, { pageDomain: 'hostile.example', ownDomains: [], budgetMs: -1 });
    expect(links.length).toBe(127);
    expect(unread).toBe(1_000 - 127);
  });

  it('boundedText stops at its limit and skips script, style, template and noscript', () => {
    const doc = docAt(URL_, '<html><body><p id="p">one <script>x()</script><style>p{}</style><noscript><img src=x></noscript><b>two</b> three</p></body></html>');
    const p = doc.getElementById('p') as Element;
    expect(boundedText(p, 100)).toBe('one two three');
    expect(boundedText(p, 6)).toBe('one tw');
  });
});
