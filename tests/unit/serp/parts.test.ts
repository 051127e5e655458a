import { describe, expect, it } from 'vitest';
import { resultTarget } from '@/lib/serp/unwrap';
import { resultsPageFor } from '@/lib/serp/engine';
import { mergeTables, BUILT_IN_TABLES } from '@/lib/serp/tables';
import { splitSelectorList } from '@/lib/serp/text';
import { readResults } from '@/lib/serp/read-results';
import { docAt } from '../dom';

describe('resultTarget', () => {
  it.each([
    ['https://www.google.com/url?q=https://a.example/x%3Fy%3D1&sa=U', 'https://a.example/x?y=1'],
    ['https://www.googleadservices.com/pagead/aclk?sa=L&adurl=https://ad.example/', 'https://ad.example/'],
    [`https://www.bing.com/ck/a?!&&p=1&u=a1${btoa('https://b.example/p').replace(/=+$/, '')}&ntb=1`, 'https://b.example/p'],
    ['https://duckduckgo.com/l/?uddg=https%3A%2F%2Fd.example%2F&rut=1', 'https://d.example/'],
    ['https://plain.example/page', 'https://plain.example/page'],
  ])('%s → %s', (href, target) => {
    expect(resultTarget(href)?.href).toBe(target);
  });

  it.each(['https://www.google.com/search?q=next', 'https://www.bing.com/videos/search?q=x', 'javascript:void(0)', 'mailto:a@b.example', 'not a url'])(
    'drops %s',
    (href) => expect(resultTarget(href)).toBeNull(),
  );
});

describe('resultsPageFor', () => {
  it.each([
    ['https://www.google.de/search?q=kaffee', 'google', 'kaffee'],
    ['https://www.google.com.au/search?q=flat+white', 'google', 'flat white'],
    ['https://www.bing.com/search?q=a', 'bing', 'a'],
    ['https://duckduckgo.com/?q=x&ia=web', 'duckduckgo', 'x'],
    ['https://html.duckduckgo.com/html/?q=y', 'duckduckgo', 'y'],
  ])('%s', (url, engine, query) => expect(resultsPageFor(url)).toEqual({ engine, query }));

  it.each(['https://google.example.com/search?q=a', 'https://www.google.com/', 'https://www.bing.com/images/search?q=a', 'ftp://www.google.com/search?q=a'])(
    'not %s',
    (url) => expect(resultsPageFor(url)).toBeNull(),
  );
});

describe('selector overrides', () => {
  const page = '<div id="main"><div class="hit"><a class="t" href="https://x.example/">X title</a><i>Snip</i></div></div>';

  it('an override variant is tried first and replaces the built-in one of the same name', () => {
    const override = { google: [{ name: 'desktop', root: 'div.hit', link: 'a.t', title: 'a.t', snippet: 'i', ad: '.nope', paa: '.nope' }] };
    const tables = mergeTables(BUILT_IN_TABLES, override);
    expect(tables.google.map((v) => v.name)).toEqual(['desktop', 'mobile']);
    expect(tables.google[0]?.root).toBe('div.hit');
    expect(tables.bing).toBe(BUILT_IN_TABLES.bing);
    const read = readResults(docAt('https://www.google.com/search?q=x', page), 'https://www.google.com/search?q=x', tables);
    expect(read?.results).toEqual([{ rank: 1, position: 1, url: 'https://x.example/', host: 'x.example', title: 'X title', snippet: 'Snip', label: 'organic' }]);
  });

  it('ignores malformed entries and survives invalid selectors', () => {
    const tables = mergeTables(BUILT_IN_TABLES, { google: [{ name: 'broken' }, { name: 'bad-css', root: 'div[', link: 'a', title: 'a', snippet: 'i', ad: '[', paa: '[' }], bing: 'no' });
    expect(tables.google.map((v) => v.name)).toEqual(['bad-css', 'desktop', 'mobile']);
    const read = readResults(docAt('https://www.google.com/search?q=x', page), 'https://www.google.com/search?q=x', tables);
    expect(read?.results).toEqual([]);
    expect(read?.layout).toBeNull();
  });

  it('splits selector lists on top-level commas only', () => {
    expect(splitSelectorList('a, div[data-x="1,2"], :is(b, i) span')).toEqual(['a', 'div[data-x="1,2"]', ':is(b, i) span']);
  });
});
