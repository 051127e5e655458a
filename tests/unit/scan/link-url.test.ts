import { afterEach, describe, expect, it, vi } from 'vitest';
import { createResolver } from '@/lib/scan/link-url';

/** What the link extractor read from `new URL(href, base)` before the fast path existed. */
function viaUrl(href: string, base: string) {
  try {
    const url = new URL(href, base);
    return { href: url.href, protocol: url.protocol, hostname: url.hostname.toLowerCase(), pathname: url.pathname, search: url.search };
  } catch {
    return null;
  }
}

const BASES = [
  'https://blog.example.com/posts/guide.html',
  'https://example.net/a//b/c/d.html',
  'http://127.0.0.1:8080/dir/page?x=1#frag',
  'https://user:pw@example.org/a/b/',
  'http://example.org',
  'about:blank',
];

const HREFS = [
  // canonical absolute URLs (the fast path)
  'https://www.other.org/a?b=1', 'http://example.com', 'https://example.com?x', 'https://a.b.example.co.uk/x/y.html#top',
  'https://example.com:8443/x', 'http://localhost/x', 'https://example.com/a;b=c/(d)*e,f~g@h!$&+=:', 'https://example.com/?',
  // relative (the fast path)
  'next.html', '/about', '/about?x=1#y', '?page=2', '#cite-1', '', 'dir/sub/', 'a-b_c~d/e',
  '../img/a.png', './x', '../../../../x?y#z', './', '../', '.././a/', './../b?c',
  // everything else goes through URL
  'HTTPS://WWW.Other.ORG/A', 'https://bücher.de/katalog', 'https://xn--bcher-kva.de/', 'http://192.0.2.7/x', 'https://0x7f.1/',
  'https://example.com:443/x', 'http://example.com:80/x', 'https://example.com:080/', 'https://example.com:65536/',
  'https://example.com/a/../b', 'https://example.com/./a', '..', '.', '...', '..//x', './a/../b', '//cdn.other.org/x', 'https://example.com/%7Ea',
  "https://example.com/it's", 'https://example.com/a b', 'https://example.com/a\\b', 'https://example.com/{x}', 'https://ex_ample.com/',
  'https://example.com./', 'https://-a.com/', 'https://user@example.com/', 'mailto:a@b.c', 'javascript:void(0)', 'tel:+1', 'data:,x',
  'http://', 'https://exa mple.com/', 'a:b', 'ftp://example.com/', 'https://example.com/a?b=%zz', 'https://example.com/#a#b',
];

describe('createResolver', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(BASES)('gives what new URL gives, against %s', (base) => {
    const resolve = createResolver(base);
    for (const href of HREFS) expect(resolve(href), href).toEqual(viaUrl(href, base));
  });

  it('agrees with new URL on generated hrefs', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) >>> 0) / 4_294_967_296;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const chars = "abcXYZ019-._~!$&()*+,;=:@/?#%' <>\"`{}|\\^[]é".split('');
    const part = () => Array.from({ length: Math.floor(random() * 8) }, () => (random() < 0.7 ? pick(['a', 'b', '1', '-', '.']) : pick(chars))).join('');
    const hosts = ['example.com', 'EXAMPLE.com', 'a.b.co', '1.2.3.4', 'a.123', 'xn--p1ai', 'ab--cd.org', 'x'];
    for (const base of BASES) {
      const resolve = createResolver(base);
      for (let i = 0; i < 3_000; i++) {
        const tail = `${random() < 0.6 ? `/${part()}` : ''}${random() < 0.3 ? `?${part()}` : ''}${random() < 0.2 ? `#${part()}` : ''}`;
        const href = pick([`https://${pick(hosts)}${tail}`, `http://${pick(hosts)}${tail}`, `/${part()}${tail}`, `${part()}${tail}`, `${pick(['./', '../', '../../', '.././'])}${part()}${tail}`, `#${part()}`]).trim();
        expect(resolve(href), href).toEqual(viaUrl(href, base));
      }
    }
  });

  // Node's URL drops a base's empty query ("?") from "#x" and ""; Chromium and the URL standard keep it.
  it('keeps the base\'s empty query for fragment-only and empty hrefs, as browsers do', () => {
    const resolve = createResolver('https://example.org/?');
    expect(resolve('#cite-1')?.href).toBe('https://example.org/?#cite-1');
    expect(resolve('')?.href).toBe('https://example.org/?');
    expect(resolve('?a=1')?.href).toBe('https://example.org/?a=1');
    expect(resolve('/x')?.href).toBe('https://example.org/x');
  });

  it('resolves plain hrefs without constructing a URL, after reading the base once', () => {
    const Real = URL;
    let constructed = 0;
    vi.stubGlobal('URL', class extends Real {
      constructor(url: string | URL, base?: string | URL) {
        super(url, base);
        constructed++;
      }
    });
    const resolve = createResolver('https://blog.example.com/posts/guide.html');
    for (const href of ['https://other.org/a?b=1', 'next.html', '/about', '#top', '?p=2', '../up.html', './x']) resolve(href);
    expect(constructed).toBe(1);
    resolve('https://other.org/%7Ea');
    expect(constructed).toBe(2);
  });
});
