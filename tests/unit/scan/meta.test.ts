import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMeta } from '@/lib/scan/meta';
import { isoDate } from '@/lib/scan/text-dates';
import { docAt } from '../dom';

const PAGE = 'https://blog.example.com/posts/guide.html';

function meta(head: string, body = '', htmlAttrs = '') {
  return readMeta(docAt(PAGE, `<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`), PAGE);
}

describe('readMeta: description', () => {
  it.each([
    ['meta description', '<meta name="description" content="  The  page. ">', 'The page.'],
    ['name in capitals', '<meta name="Description" content="Caps">', 'Caps'],
    ['og:description fallback', '<meta property="og:description" content="From OG">', 'From OG'],
    ['meta description wins over og', '<meta property="og:description" content="OG"><meta name="description" content="Meta">', 'Meta'],
    ['empty meta falls back to og', '<meta name="description" content=" "><meta property="og:description" content="OG">', 'OG'],
    ['none', '', ''],
  ])('%s', (_name, head, expected) => expect(meta(head).description).toBe(expected));

  it('caps a huge description', () => {
    expect(meta(`<meta name="description" content="${'x'.repeat(5_000)}">`).description.length).toBeLessThanOrEqual(500);
  });
});

describe('readMeta: canonical', () => {
  it.each<[string, string, string | null]>([
    ['absolute', '<link rel="canonical" href="https://blog.example.com/posts/guide">', 'https://blog.example.com/posts/guide'],
    ['relative', '<link rel="canonical" href="/posts/guide/">', 'https://blog.example.com/posts/guide/'],
    ['against <base href>', '<base href="https://cdn.example.org/dir/"><link rel="canonical" href="page">', 'https://cdn.example.org/dir/page'],
    ['rel in capitals among other tokens', '<link rel="alternate CANONICAL" href="https://x.example/">', 'https://x.example/'],
    ['missing', '<link rel="alternate" href="/fr/">', null],
    ['empty href', '<link rel="canonical" href="  ">', null],
    ['malformed', '<link rel="canonical" href="http://[bad">', null],
    ['not http', '<link rel="canonical" href="javascript:alert(1)">', null],
  ])('%s', (_name, head, expected) => expect(meta(head).canonical).toBe(expected));
});

describe('readMeta: robots', () => {
  it.each<[string, string, boolean, boolean, string[]]>([
    ['none declared', '', false, false, []],
    ['noindex, follow', '<meta name="robots" content="noindex, follow">', true, false, ['noindex', 'follow']],
    ['nofollow in capitals', '<meta name="ROBOTS" content="NOFOLLOW">', false, true, ['nofollow']],
    ['none means both', '<meta name="robots" content="none">', true, true, ['none']],
    ['googlebot counts too', '<meta name="googlebot" content="noindex">', true, false, ['noindex']],
    [
      'both tags merged without duplicates',
      '<meta name="robots" content="max-snippet:-1, noindex"><meta name="googlebot" content="noindex,nofollow">',
      true,
      true,
      ['max-snippet:-1', 'noindex', 'nofollow'],
    ],
    ['other bots ignored', '<meta name="bingbot" content="noindex">', false, false, []],
  ])('%s', (_name, head, noindex, nofollow, directives) => {
    expect(meta(head).robots).toEqual({ noindex, nofollow, directives });
  });
});

describe('readMeta: language', () => {
  it.each([
    ['html lang', '', 'lang="de-AT"', 'de-AT'],
    ['content-language fallback', '<meta http-equiv="Content-Language" content="fr, en">', '', 'fr'],
    ['og:locale fallback', '<meta property="og:locale" content="en_GB">', '', 'en-GB'],
    ['html lang wins', '<meta http-equiv="content-language" content="fr">', 'lang="es"', 'es'],
    ['none', '', '', ''],
  ])('%s', (_name, head, attrs, expected) => expect(meta(head, '', attrs).lang).toBe(expected));
});

describe('readMeta: dates', () => {
  const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;
  it.each<[string, string, string, string | null, string | null]>([
    [
      'article meta tags',
      '<meta property="article:published_time" content="2024-03-05T09:30:00+01:00"><meta property="article:modified_time" content="2024-04-11">',
      '',
      '2024-03-05T08:30:00.000Z',
      '2024-04-11T00:00:00.000Z',
    ],
    ['JSON-LD object', ld('{"@type":"BlogPosting","datePublished":"2023-01-02T03:04:05Z","dateModified":"2023-02-03"}'), '', '2023-01-02T03:04:05.000Z', '2023-02-03T00:00:00.000Z'],
    [
      'JSON-LD @graph prefers the article node',
      ld('{"@graph":[{"@type":"Organization","datePublished":"2000-01-01"},{"@type":["NewsArticle"],"datePublished":"2022-06-01T12:00:00+02:00"}]}'),
      '',
      '2022-06-01T10:00:00.000Z',
      null,
    ],
    ['JSON-LD array of blocks', ld('[{"@type":"Person"},{"@type":"Article","datePublished":["2021-05-05"]}]'), '', '2021-05-05T00:00:00.000Z', null],
    ['malformed JSON-LD is skipped', `${ld('{"datePublished": "2020-01-01",')}${ld('{"@type":"Article","dateModified":"2020-02-02"}')}`, '', null, '2020-02-02T00:00:00.000Z'],
    ['meta beats JSON-LD', `<meta property="article:published_time" content="2024-01-01">${ld('{"@type":"Article","datePublished":"2019-01-01","dateModified":"2019-02-02"}')}`, '', '2024-01-01T00:00:00.000Z', '2019-02-02T00:00:00.000Z'],
    ['<time> in the article as a last resort', '', '<article><p class="byline"><time datetime="2018-07-08T10:00:00Z">8 July</time></p></article>', '2018-07-08T10:00:00.000Z', null],
    ['itemprop dates', '', '<div><time itemprop="datePublished" datetime="2017-01-01">x</time><meta itemprop="dateModified" content="2017-03-03"></div>', '2017-01-01T00:00:00.000Z', '2017-03-03T00:00:00.000Z'],
    ['<time> outside any article is ignored', '', '<footer><time datetime="2016-01-01">x</time></footer>', null, null],
    ['unparseable values give null', '<meta property="article:published_time" content="yesterday"><meta property="article:modified_time" content="2024-02-30">', '', null, null],
  ])('%s', (_name, head, body, published, modified) => {
    const m = meta(head, body);
    expect(m.published).toBe(published);
    expect(m.modified).toBe(modified);
  });

  it('never throws on hostile JSON-LD', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const wide = JSON.stringify({ '@graph': Array.from({ length: 5_000 }, (_, i) => ({ '@type': 'Thing', name: i, nested: { a: [1, 2, { b: 3 }] } })) });
    const head = `${ld(deep)}${ld(wide)}${ld('null')}${ld('"just a string"')}${ld('{"datePublished":{"@value":"x"}}')}`;
    expect(() => meta(head)).not.toThrow();
    expect(meta(head).published).toBeNull();
  });
});

describe('isoDate', () => {
  it.each<[unknown, string | null]>([
    ['2024-03-05', '2024-03-05T00:00:00.000Z'],
    ['2024-03-05T10:20', '2024-03-05T10:20:00.000Z'],
    ['2024-03-05 10:20:30', '2024-03-05T10:20:30.000Z'],
    ['2024-03-05T10:20:30.123456Z', '2024-03-05T10:20:30.123Z'],
    ['2024-03-05T10:20:30-0500', '2024-03-05T15:20:30.000Z'],
    ['2024-03-05T10:20:30+05:30', '2024-03-05T04:50:30.000Z'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05T10:00:00.000Z'],
    ['March 5, 2024', '2024-03-05T00:00:00.000Z'],
    ['2024-13-01', null],
    ['2024-02-30', null],
    ['2024-03-05T25:00', null],
    ['1066-10-14', null],
    ['05/03/2024', null],
    ['', null],
    [12345, null],
    [null, null],
    ['x'.repeat(1_000), null],
  ])('%s → %s', (input, expected) => expect(isoDate(input)).toBe(expected));
});

describe('readMeta on the article fixture', () => {
  it('reads everything the page states', () => {
    const url = 'https://greenthumbnotes.example/blog/start-a-compost-pile/';
    const doc = docAt(url, readFileSync('tests/fixtures/sites/kinds/article.html', 'utf8'));
    expect(readMeta(doc, url)).toEqual({
      description: 'A step-by-step guide to starting a compost pile when space is tight: what to add, what to avoid, and how long it takes.',
      canonical: 'https://greenthumbnotes.example/blog/start-a-compost-pile/',
      robots: { noindex: false, nofollow: false, directives: [] },
      lang: 'en-GB',
      published: '2024-03-05T08:30:00.000Z',
      modified: '2024-04-11T14:02:00.000Z',
    });
  });
});
