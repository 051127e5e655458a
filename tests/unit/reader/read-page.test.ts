import { describe, expect, it } from 'vitest';
import { HostQueue } from '@/lib/check/host-queue';
import { readPage, type ReaderDeps } from '@/lib/reader/read-page';
import { scanHtml } from '@/lib/reader/scan-html';
import { fakeFetch, html, redirect, respond, type Route } from '../check/fake-fetch';

const PAGE = `<!doctype html><html><head><title>Garden tools</title><link rel="canonical" href="/post"></head>
<body><main><p>Good tools: <a href="https://mine-example.com/tools" rel="nofollow">our shed</a> and <a href="/about">about</a>
and <a href="#top">top</a>.</p><a href="mailto:ann@a-example.com">mail</a></main></body></html>`;

function deps(route: Route): ReaderDeps & { calls: ReturnType<typeof fakeFetch>['calls'] } {
  const { fetch, calls } = fakeFetch(route);
  const queue = new HostQueue({ gapMs: 0 });
  return { fetch, calls, now: () => 1000, queue, parse: async (text, url, options) => scanHtml(text, url, options) };
}

describe('readPage', () => {
  it('follows a redirect, reads the page with the checker rules and scans it at its final URL', async () => {
    const d = deps((method, url) => {
      if (url === 'https://a-example.com/old') return redirect(301, '/post');
      return method === 'HEAD' ? html(200, '') : html(200, PAGE, { 'x-robots-tag': 'otherbot: noindex' });
    });
    const read = await readPage('https://a-example.com/old', d, { scan: { ownDomains: ['mine-example.com'], keywords: [] } });
    expect(read.verdict.class).toBe('ok');
    expect(read.finalUrl).toBe('https://a-example.com/post');
    expect(d.calls.every((c) => c.init.credentials === 'omit')).toBe(true);
    const links = read.scan?.links ?? [];
    expect(links.map((l) => l.url)).toEqual(['https://mine-example.com/tools', 'https://a-example.com/about']);
    expect(links[0]).toMatchObject({ toOwnSite: true, follow: false, rel: ['nofollow'], text: 'our shed', outbound: true });
    expect(read.scan?.ignored.fragment).toBe(1);
    expect(read.scan?.contacts.some((c) => c.value === 'ann@a-example.com')).toBe(true);
    expect(read.index).toMatchObject({ indexable: true, canonicalRelation: 'self' });
    expect(read.xRobotsTag).toBe('otherbot: noindex');
  });

  it('decodes with the charset from the header', async () => {
    const bytes = Uint8Array.from('<title>Caf\xe9</title><p>x</p>', (c) => c.charCodeAt(0));
    const d = deps(() => respond(200, { 'content-type': 'text/html; charset=iso-8859-1' }, new Blob([bytes]) as unknown as string));
    const read = await readPage('https://a-example.com/', d);
    expect(read.charset).toBe('windows-1252');
    expect(read.scan?.title).toBe('Café');
  });

  it('a page that is not HTML gets a verdict only', async () => {
    const d = deps(() => respond(200, { 'content-type': 'application/pdf' }, '%PDF-1.4'));
    const read = await readPage('https://a-example.com/file.pdf', d);
    expect(read.verdict.class).toBe('ok');
    expect(read.scan).toBeNull();
    expect(read.index).toMatchObject({ indexable: false });
  });

  it('a 404 is broken and not indexable, with no scan', async () => {
    const d = deps(() => html(404, '<h1>Not found</h1>'));
    const read = await readPage('https://a-example.com/gone', d);
    expect(read.verdict.class).toBe('broken');
    expect(read.scan).toBeNull();
    expect(read.index.reason).toContain('404');
  });

  it('reads at most the cap and says the page was cut', async () => {
    const big = `<title>Big</title>${'<p>word</p>'.repeat(5000)}<a href="https://late-example.com/">late</a>`;
    const d = deps(() => html(200, big));
    const read = await readPage('https://a-example.com/big', d, { maxBytes: 10_000 });
    expect(read.bytes).toBe(10_000);
    expect(read.truncated).toBe(true);
    expect(read.scan?.title).toBe('Big');
    expect(read.scan?.links.some((l) => l.host === 'late-example.com')).toBe(false);
  });

  it('X-Robots-Tag noindex makes the page not indexable', async () => {
    const d = deps(() => html(200, PAGE.replace('href="/post"', 'href="https://a-example.com/post"'), { 'x-robots-tag': 'noindex, nofollow' }));
    const read = await readPage('https://a-example.com/post', d);
    expect(read.index).toMatchObject({ indexable: false, noindex: true, nofollow: true, nofollowSource: 'header' });
  });

  it('a public page may not redirect into a private network', async () => {
    const d = deps((_m, url) => (url.startsWith('https://a-example.com') ? redirect(302, 'http://127.0.0.1/admin') : html(200, PAGE)));
    const read = await readPage('https://a-example.com/x', d);
    expect(read.scan).toBeNull();
    expect(d.calls.some((c) => c.url.startsWith('http://127.0.0.1'))).toBe(false);
  });
});
