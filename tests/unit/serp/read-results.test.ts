import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docAt } from '../dom';
import { readResults } from '@/lib/serp/read-results';
import { BUILT_IN_TABLES } from '@/lib/serp/tables';
import type { SerpRead } from '@/lib/serp/types';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/serp', name), 'utf8');

function read(name: string, url: string): SerpRead {
  const result = readResults(docAt(url, fixture(name)), url, BUILT_IN_TABLES);
  if (!result) throw new Error(`${url} was not taken for a results page`);
  return result;
}

const brief = (r: SerpRead) => r.results.map((x) => `${x.position ?? '-'} ${x.label} ${x.url}`);

const CASES: { name: string; url: string; layout: string; expected: string[]; query: string }[] = [
  {
    name: 'google-desktop.html',
    url: 'https://www.google.com/search?q=coffee+intitle%3A%22write+for+us%22&hl=en',
    layout: 'google/desktop',
    query: 'coffee intitle:"write for us"',
    expected: [
      '- ad https://www.brewpitch.example/guest-posting?utm_source=google',
      '- ad https://linkmarket.example/coffee',
      '1 organic https://www.thecoffeecompass.example/write-for-us/',
      '2 organic https://baristahustle.example/contribute',
      '- people-also-ask https://seohandbook.example/guest-post-footprints',
      '- forum https://www.reddit.com/r/Coffee/comments/abc123/which_coffee_blogs_accept_guest_posts/',
      '- video https://www.youtube.com/watch?v=coffee101',
      '3 organic https://www.roastersjournal.example/submit-a-guest-post/#guidelines',
      '- news https://news.dailygrind.example/2026/11/coffee-prices',
      '4 organic https://espressoplanet.example/write-for-us',
      '5 organic https://www.thecoffeecompass.example/about/',
      '- ad https://contentfarmers.example/',
    ],
  },
  {
    name: 'google-mobile.html',
    url: 'https://www.google.co.uk/search?q=coffee+inurl%3Aresources',
    layout: 'google/mobile',
    query: 'coffee inurl:resources',
    expected: [
      '- ad https://www.beanbulk.example/wholesale',
      '1 organic https://www.homebrewhub.example/resources/',
      '2 organic https://cupping.example/links/resources.html',
      '- people-also-ask https://www.baristaschool.example/faq/resources',
      '- forum https://forum.coffeegeek.example/threads/best-resources.1234/',
      '3 organic https://www.thecoffeecompass.example/resources/',
    ],
  },
  {
    name: 'bing-desktop.html',
    url: 'https://www.bing.com/search?q=coffee+%22resources%22+inbody%3A%22useful+links%22&form=QBLH',
    layout: 'bing/desktop',
    query: 'coffee "resources" inbody:"useful links"',
    expected: [
      '- ad https://www.roastmaster.example/shop?msclkid=1',
      '1 organic https://www.brewguides.example/resources/',
      '2 organic https://latteart.example/links',
      '- people-also-ask https://www.coffeecollege.example/resource-pages',
      '- forum https://www.quora.com/What-are-the-best-coffee-resources-online',
      '3 organic https://cafeowners.example/useful-links/',
    ],
  },
  {
    name: 'bing-mobile.html',
    url: 'https://www.bing.com/search?q=best+coffee+grinders+2026',
    layout: 'bing/mobile',
    query: 'best coffee grinders 2026',
    expected: [
      '- ad https://grindershop.example/deals',
      '1 organic https://www.grinderlab.example/best-coffee-grinders/',
      '2 organic https://homeespresso.example/reviews/grinders',
      '- people-also-ask https://baristaschool.example/grinders',
      '- forum https://www.reddit.com/r/espresso/comments/xyz/best_grinder_2026/',
    ],
  },
  {
    name: 'duckduckgo-desktop.html',
    url: 'https://duckduckgo.com/?q=%22coffee%22+%22submit+your+site%22&ia=web',
    layout: 'duckduckgo/desktop',
    query: '"coffee" "submit your site"',
    expected: [
      '- ad https://listmycafe.example/pricing',
      '1 organic https://www.coffeedirectory.example/submit',
      '2 organic https://roasterlist.example/add-a-roaster',
      '- video https://www.youtube.com/watch?v=listings',
      '- people-also-ask https://cafemarketing.example/directories',
      '- forum https://www.reddit.com/r/cafe/comments/qq/where_to_submit_your_cafe/',
      '- news https://news.dailygrind.example/2026/10/directories',
      '3 organic https://beanmap.example/suggest',
    ],
  },
  {
    name: 'duckduckgo-mobile.html',
    url: 'https://html.duckduckgo.com/html/?q=coffee+%22guest+post%22',
    layout: 'duckduckgo/mobile',
    query: 'coffee "guest post"',
    expected: [
      '- ad https://guestpostsnow.example/',
      '1 organic https://www.moderncafe.example/guest-post-guidelines/',
      '2 organic https://singlorigin.example/contribute',
      '- forum https://www.quora.com/Which-coffee-blogs-accept-a-guest-post',
    ],
  },
];

describe('readResults on saved results pages', () => {
  it.each(CASES)('$name: every result, labelled, in page order', ({ name, url, layout, expected, query }) => {
    const result = read(name, url);
    expect(result.layout).toBe(layout);
    expect(result.query).toBe(query);
    expect(brief(result)).toEqual(expected);
    expect(result.results.map((r) => r.rank)).toEqual(expected.map((_, i) => i + 1));
  });

  it('reads titles and snippets, not the cite line or the date', () => {
    const [first, second] = read('google-desktop.html', CASES[0]!.url).results.filter((r) => r.label === 'organic');
    expect(first).toMatchObject({ title: 'Write For Us - The Coffee Compass', host: 'www.thecoffeecompass.example' });
    expect(first?.snippet).toBe('We accept guest posts about specialty coffee, brewing and roasting. Read our guidelines before you pitch.');
    expect(second?.snippet).toContain('Pitch us your brewing research');
    const bing = read('bing-desktop.html', CASES[2]!.url).results[1];
    expect(bing).toMatchObject({ title: 'Coffee Resources and Useful Links | Brew Guides' });
    expect(bing?.snippet).toContain('Useful links for home baristas');
  });

  it('falls back to the link around each h3 when no selector table matches', () => {
    const result = read('google-new-layout.html', 'https://www.google.com/search?q=coffee+%22best%22+%22roasters%22');
    expect(result.layout).toBe('structure');
    expect(brief(result)).toEqual([
      '1 organic https://www.roastedright.example/best-roasters/',
      '2 organic https://beanreport.example/lists/best-roasters',
      '3 organic https://www.cupsandbeans.example/roasters',
    ]);
    expect(result.results[0]?.title).toBe('The 25 Best Coffee Roasters in 2026');
    expect(result.results[0]?.snippet).toBe('We ordered from 80 roasters and ranked them on freshness and value.');
  });

  it('says so when a results page yields nothing (layout not recognised)', () => {
    const result = read('google-unknown.html', 'https://www.google.com/search?q=coffee');
    expect(result).toMatchObject({ engine: 'google', query: 'coffee', layout: null, results: [] });
  });

  it('is not a results page off the engines, or without a query on DuckDuckGo', () => {
    const doc = docAt('https://example.com/', fixture('google-desktop.html'));
    expect(readResults(doc, 'https://example.com/search?q=coffee', BUILT_IN_TABLES)).toBeNull();
    expect(readResults(doc, 'https://duckduckgo.com/', BUILT_IN_TABLES)).toBeNull();
    expect(readResults(doc, 'https://www.google.com/maps?q=coffee', BUILT_IN_TABLES)).toBeNull();
  });
});
