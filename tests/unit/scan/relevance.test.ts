import { describe, expect, it } from 'vitest';
import { scoreRelevance } from '@/lib/scan/relevance';
import { countMatches, keywordRegex } from '@/lib/scan/text-match';
import { docAt } from '../dom';

const PAGE = 'https://site.example/post/';

function relevance(title: string, body: string, keywords: string[]) {
  return scoreRelevance(docAt(PAGE, `<html><head><title>${title}</title></head><body>${body}</body></html>`), keywords);
}

describe('keywordRegex: whole words, any case, no accents', () => {
  it.each<[string, string, number]>([
    // keyword, text (already folded as the page text is), expected matches
    ['seo', 'seo tips for seo people', 2],
    ['seo', 'seosoft and geoseo', 0],
    ['link building', 'link building, link-building and link  building', 3],
    ['link building', 'link buildings and link builders', 1],
    ['garden', 'gardens and gardening', 1],
    ['café', 'the cafe and the cafes', 2],
    ['C++', 'learn c++ today, or c+', 1],
    ['node.js', 'node.js and nodexjs', 1],
    ['münchen', 'munchen ist schon', 1],
    ['東京', '東京 tower', 1],
  ])('%s in "%s" → %i', (keyword, text, n) => {
    const re = keywordRegex(keyword);
    expect(re).not.toBeNull();
    expect(countMatches(re as RegExp, text)).toBe(n);
  });

  it.each(['', '   ', '---', '!!'])('%j is no keyword', (keyword) => expect(keywordRegex(keyword)).toBeNull());
});

describe('scoreRelevance', () => {
  it('no keywords: score 0 and no hits', () => {
    expect(relevance('Compost', '<p>compost compost</p>', [])).toEqual({ score: 0, hits: [] });
    expect(relevance('Compost', '<p>compost compost</p>', ['', '  '])).toEqual({ score: 0, hits: [] });
  });

  it('counts title, h1–h3 headings and body text separately, case- and accent-insensitively', () => {
    const r = relevance(
      'Composting Guide: Compost at Home',
      '<h1>Compost basics</h1><h2>Why COMPOST?</h2><h4>Compost h4 is body only</h4><p>Compost is great. Café compost.</p>',
      ['compost', 'Cafe', 'worms'],
    );
    expect(r.hits).toEqual([
      { keyword: 'compost', title: 1, headings: 2, body: 5 },
      { keyword: 'Cafe', title: 0, headings: 0, body: 1 },
    ]);
  });

  it('leaves out script, style, nav and footer text', () => {
    const r = relevance(
      'Home',
      '<nav>compost</nav><script>var compost = 1</script><style>.compost{}</style><main><p>nothing here</p></main><footer>compost</footer>',
      ['compost'],
    );
    expect(r).toEqual({ score: 0, hits: [] });
  });

  it('weights the title and headings above body mentions', () => {
    const inTitle = relevance('Compost', '<p>other words</p>', ['compost']).score;
    const inHeading = relevance('Home', '<h2>Compost</h2>', ['compost']).score;
    const inBody = relevance('Home', '<p>compost</p>', ['compost']).score;
    expect(inTitle).toBeGreaterThan(inHeading);
    expect(inHeading).toBeGreaterThan(inBody);
    expect(inBody).toBeGreaterThan(0);
  });

  it('grows with more evidence and saturates at 100', () => {
    const scores = [1, 3, 10].map((n) => relevance('Home', `<p>${'compost '.repeat(n)}</p>`, ['compost']).score);
    expect(scores[0]).toBeLessThan(scores[1] as number);
    expect(scores[1]).toBeLessThan(scores[2] as number);
    const all = relevance('Compost and soil and mulch', `<h1>Compost soil mulch</h1><h2>Soil</h2><h3>Mulch</h3><p>${'compost soil mulch '.repeat(50)}</p>`, [
      'compost',
      'soil',
      'mulch',
    ]);
    expect(all.score).toBeLessThanOrEqual(100);
    expect(all.score).toBeGreaterThanOrEqual(95);
    // Repeating one word forever does not reach the top of the scale.
    expect(relevance('Home', `<p>${'compost '.repeat(5_000)}</p>`, ['compost']).score).toBeLessThan(60);
  });

  it('dedupes keywords that fold to the same words and ignores non-strings', () => {
    const r = relevance('Café', '<p>cafe</p>', ['Café', 'cafe', 'CAFE', 42 as unknown as string]);
    expect(r.hits.map((h) => h.keyword)).toEqual(['Café']);
  });

  it('stays fast with many long keywords over a large page', () => {
    const keywords = Array.from({ length: 200 }, (_, i) => `keyword number ${i} ${'x'.repeat(200)}`);
    const started = performance.now();
    const r = relevance('Title', `<p>${'lorem ipsum keyword number 7 '.repeat(20_000)}</p>`, keywords);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r.hits).toEqual([]);
  });
});
