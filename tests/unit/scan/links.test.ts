import { describe, expect, it } from 'vitest';
import { extractLinks, linkText, parseRel } from '@/lib/scan/links';
import { docAt } from '../dom';

const PAGE = 'https://blog.example.com/posts/guide.html';
const ctx = { pageDomain: 'example.com', ownDomains: ['mysite.io'] };

function scan(body: string, head = '') {
  return extractLinks(docAt(PAGE, `<html><head>${head}</head><body>${body}</body></html>`), ctx);
}

describe('extractLinks: resolution', () => {
  const cases: [string, string, string, boolean][] = [
    // name, href, expected absolute URL, outbound
    ['relative path', 'next.html', 'https://blog.example.com/posts/next.html', false],
    ['root-relative', '/about', 'https://blog.example.com/about', false],
    ['parent-relative', '../img/a.png', 'https://blog.example.com/img/a.png', false],
    ['protocol-relative', '//cdn.other.org/x', 'https://cdn.other.org/x', true],
    ['subdomain of the page site', 'https://shop.example.com/', 'https://shop.example.com/', false],
    ['bare registrable domain', 'http://example.com', 'http://example.com/', false],
    ['look-alike domain', 'https://notexample.com/', 'https://notexample.com/', true],
    ['other site', 'https://www.other.org/a?b=1', 'https://www.other.org/a?b=1', true],
    ['uppercase host', 'HTTPS://WWW.Other.ORG/A', 'https://www.other.org/A', true],
    ['surrounding whitespace', '  https://other.org/x  ', 'https://other.org/x', true],
    ['IDN host', 'https://bücher.de/katalog', 'https://xn--bcher-kva.de/katalog', true],
    ['fragment kept in url', 'https://other.org/page#part', 'https://other.org/page#part', true],
    ['IP host', 'http://192.0.2.7/x', 'http://192.0.2.7/x', true],
  ];
  it.each(cases)('%s', (_name, href, expected, outbound) => {
    const { links } = scan(`<a href="${href}">x</a>`);
    expect(links).toHaveLength(1);
    expect(links[0]?.url).toBe(expected);
    expect(links[0]?.outbound).toBe(outbound);
  });

  it('resolves against <base href>', () => {
    const { links } = scan('<a href="x.html">x</a><a href="/y">y</a>', '<base href="https://static.other.net/dir/">');
    expect(links.map((l) => l.url)).toEqual(['https://static.other.net/dir/x.html', 'https://static.other.net/y']);
    expect(links.every((l) => l.outbound)).toBe(true);
  });
});

describe('extractLinks: what is not a link', () => {
  it('counts javascript:, data:, blob:, mailto:, tel:, fragments and malformed hrefs without listing them', () => {
    const { links, ignored, contactHrefs } = scan(`
      <a href="javascript:void(0)">a</a> <a href="JavaScript:alert(1)">b</a>
      <a href="data:text/html,hi">c</a> <a href="blob:https://blog.example.com/123">d</a>
      <a href="mailto:me@other.org">e</a> <a href="tel:+123456">f</a>
      <a href="#top">g</a> <a href="#">h</a> <a href="http://[bad">i</a> <a href="ftp://files.other.org/">j</a>
      <a>no href</a> <a href="https://other.org/">real</a>`);
    expect(links.map((l) => l.url)).toEqual(['https://other.org/']);
    expect(ignored).toEqual({ javascript: 2, data: 1, blob: 1, mailto: 1, tel: 1, fragment: 2, other: 1, malformed: 1, tooLong: 0 });
    expect(contactHrefs.map((c) => c.href)).toEqual(['mailto:me@other.org', 'tel:+123456']);
  });
});

describe('extractLinks: hosts named like object properties', () => {
  it.each(['constructor', '__proto__'])('reads http://%s/ as an ordinary link', (host) => {
    const { links } = scan(`<p>See <a href="http://${host}/share">this</a> and <a href="https://facebook.com/sharer/x">share</a>.</p>`);
    expect(links.map((l) => [l.host, l.share ?? false, l.affiliate ?? false])).toEqual([
      [host, false, false],
      ['facebook.com', true, false],
    ]);
  });
});

describe('extractLinks: fragments', () => {
  it('treats "#x" as a real link when <base href> points at another document', () => {
    const { links, ignored } = scan('<a href="#foo">foo</a><a href="#">top</a>', '<base href="https://other.org/base/">');
    expect(links.map((l) => l.url)).toEqual(['https://other.org/base/#foo']);
    expect(links[0]?.count).toBe(2); // "#" and "#foo" both point at /base/
    expect(ignored.fragment).toBe(0);
  });

  it('counts a link back to this very page with a fragment as in-page', () => {
    const { links, ignored } = scan(`<a href="#a">a</a><a href="${PAGE}#b">b</a><a href="${PAGE}">self</a>`);
    expect(ignored.fragment).toBe(1);
    expect(links.map((l) => [l.url, l.count])).toEqual([[`${PAGE}#b`, 2]]);
  });

  it('merges a URL ending in an empty "#" with the same URL without it', () => {
    const { links } = scan('<a href="https://other.org/x#">a</a><a href="https://other.org/x">b</a>');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ key: 'https://other.org/x', count: 2 });
  });
});

describe('extractLinks: duplicates', () => {
  it('merges the same target (fragments aside) and counts it, keeping the first URL as written', () => {
    const { links } = scan(`
      <a href="https://other.org/a#one">first</a>
      <a href="https://other.org/a">second</a>
      <a href="https://other.org/a#two">third</a>
      <a href="https://other.org/b">b</a>`);
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ url: 'https://other.org/a#one', key: 'https://other.org/a', count: 3, text: 'first' });
    expect(links[1]).toMatchObject({ url: 'https://other.org/b', count: 1 });
  });

  it('takes the text of a later duplicate when the first has none', () => {
    const { links } = scan('<a href="https://other.org/"></a><a href="https://other.org/">Named</a>');
    expect(links[0]?.text).toBe('Named');
  });
});

describe('rel and follow', () => {
  const cases: [string | null, string[], boolean][] = [
    [null, [], true],
    ['', [], true],
    ['NoFollow', ['nofollow'], false],
    ['  Sponsored   noopener ', ['sponsored', 'noopener'], false],
    ['UGC', ['ugc'], false],
    ['noopener noreferrer', ['noopener', 'noreferrer'], true],
    ['nofollow NOFOLLOW', ['nofollow'], false],
    ['external,nofollow', ['external', 'nofollow'], false],
  ];
  it.each(cases)('rel=%j', (rel, tokens, follow) => {
    expect(parseRel(rel)).toEqual(tokens);
    const attr = rel === null ? '' : ` rel="${rel}"`;
    const { links } = scan(`<a href="https://other.org/"${attr}>x</a>`);
    expect(links[0]?.rel).toEqual(tokens);
    expect(links[0]?.follow).toBe(follow);
  });
});

describe('text, position, target, own site', () => {
  it('collapses whitespace and falls back to an image alt', () => {
    const d = docAt(PAGE, '<a id="a" href="/x">  Many\n   words\there </a><a id="b" href="/y"><img alt="Logo of Other"></a>');
    expect(linkText(d.getElementById('a')!)).toBe('Many words here');
    expect(linkText(d.getElementById('b')!)).toBe('Logo of Other');
  });

  it('caps very long anchor text', () => {
    const { links } = scan(`<a href="https://other.org/">${'word '.repeat(200)}</a>`);
    expect(links[0]!.text.length).toBeLessThanOrEqual(200);
    expect(links[0]!.text.endsWith('…')).toBe(true);
  });

  it('reports the nearest landmark, from elements and ARIA roles', () => {
    const { links } = scan(`
      <header><a href="https://h.org/">h</a></header>
      <nav><a href="https://n.org/">n</a></nav>
      <main><article><p><a href="https://a.org/">a</a></p></article><aside><a href="https://s.org/">s</a></aside></main>
      <div role="contentinfo"><a href="https://f.org/">f</a></div>
      <div role="navigation"><a href="https://rn.org/">rn</a></div>
      <div><a href="https://b.org/">b</a></div>`);
    expect(Object.fromEntries(links.map((l) => [l.host, l.position]))).toEqual({
      'h.org': 'header', 'n.org': 'nav', 'a.org': 'article', 's.org': 'aside', 'f.org': 'footer', 'rn.org': 'nav', 'b.org': 'body',
    });
  });

  it('keeps target and flags links to the user\'s own site', () => {
    const { links } = scan('<a href="https://blog.mysite.io/post" target="_blank">mine</a><a href="https://other.org/">other</a>');
    expect(links[0]).toMatchObject({ target: '_blank', toOwnSite: true, outbound: true });
    expect(links[1]).toMatchObject({ target: '', toOwnSite: false });
  });

  it('keeps context bounded when thousands of links share one inline element', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `<a href="https://x${i}.org/">link number ${i}</a> and some words.`).join(' ');
    const { links } = scan(`<p><span class="wrap">${many}</span></p>`);
    expect(links).toHaveLength(2000);
    expect(links.every((l) => l.context.length <= 200)).toBe(true);
    expect(links[5]?.context).toContain('link number 5');
  });

  it('gives no context for internal links', () => {
    const { links } = scan('<p>See <a href="/about">about us</a> here.</p>');
    expect(links[0]?.context).toBe('');
  });

  it('gives the sentence around the link as context', () => {
    const { links } = scan('<p>First sentence here. The best guide is <a href="https://other.org/g">this one</a> by far. Another sentence.</p>');
    expect(links[0]?.context).toBe('The best guide is this one by far.');
  });

  // The sentence is read sibling by sibling only up to the nearest sentence end on each side.
  it.each([
    ['ends several siblings away', '<p>Intro text. More <b>words</b> then <a href="https://a.org/">one</a>, <a href="https://b.org/">two</a> and <a href="https://c.org/">three</a> end <i>here</i>. After that.</p>', 'More words then one, two and three end here.'],
    ['a full stop inside a number', '<p>Version 1.2 of <a href="https://b.org/">the tool</a> is 3.5 times <em>faster</em>? Yes.</p>', 'Version 1.2 of the tool is 3.5 times faster?'],
    ['a full stop with only spaces after it', '<p>First.<span> </span>Then <a href="https://b.org/">x</a> ok.<span>  </span></p>', 'Then x ok.'],
    ['a full stop at the end of a sibling', '<p><span>Lead.</span><span>Then</span> <a href="https://b.org/">x</a> <span>goes.</span><span>on</span> and on</p>', 'Lead.Then x goes.on and on'],
    ['no sentence end at all', '<p>a <b>b</b> c <a href="https://b.org/">x</a> d <b>e</b> f</p>', 'a b c x d e f'],
  ])('finds the sentence when it %s', (_name, body, context) => {
    const { links } = scan(body);
    expect(links.find((l) => l.host === 'b.org')?.context).toBe(context);
  });
});

describe('where links hide', () => {
  it('finds area and SVG links (href and xlink:href)', () => {
    const { links } = scan(`
      <map name="m"><area href="https://area.org/" alt="Area"></map>
      <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <a href="https://svg2.org/"><text>two</text></a>
        <a xlink:href="https://svg1.org/"><text>one</text></a>
      </svg>`);
    expect(links.map((l) => l.host).sort()).toEqual(['area.org', 'svg1.org', 'svg2.org']);
  });

  it('finds links inside open shadow roots', () => {
    const d = docAt(PAGE, '<div id="host"></div><a href="https://light.org/">light</a>');
    const root = d.getElementById('host')!.attachShadow({ mode: 'open' });
    const a = d.createElement('a');
    a.setAttribute('href', 'https://shadow.org/');
    a.textContent = 'in shadow';
    root.appendChild(a);
    const { links } = extractLinks(d, ctx);
    expect(links.map((l) => l.host)).toEqual(['light.org', 'shadow.org']);
  });
});
