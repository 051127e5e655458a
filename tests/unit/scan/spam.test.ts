import { describe, expect, it } from 'vitest';
import { extractLinks } from '@/lib/scan/links';
import { spamSignals } from '@/lib/scan/spam';
import type { ScannedLink, SpamReport } from '@/lib/schemas/page-scan';
import { docAt } from '../dom';

const PAGE = 'https://site.example/page/';
const DOMAIN = 'site.example';

function spam(body: string): SpamReport {
  const doc = docAt(PAGE, `<html><head><title>Page</title></head><body>${body}</body></html>`);
  const { links } = extractLinks(doc, { pageDomain: DOMAIN, ownDomains: [] });
  return spamSignals(doc, { links, pageDomain: DOMAIN });
}

function signal(report: SpamReport, id: string) {
  return report.signals.find((s) => s.id === id);
}

const words = (n: number): string => `<p>${'plain words about the garden '.repeat(Math.ceil(n / 5))}</p>`;
const links = (n: number, text = (i: number) => `Site ${i}`, rel = (_i: number) => ''): string =>
  Array.from({ length: n }, (_, i) => `<a href="https://www.other${i}.org/" rel="${rel(i)}">${text(i)}</a>`).join(' ');

describe('spamSignals: each signal', () => {
  const cases: [string, string, string, number, string][] = [
    // name, body, signal id, weight, reason
    ['dense outbound links', `${words(40)}${links(40)}`, 'link-density', 30, '40 outbound links in 120 words of text (33 per 100 words)'],
    ['dense links, anchor words counted', `${words(100)}${links(40)}`, 'link-density', 20, '40 outbound links in 180 words of text (22 per 100 words)'],
    ['moderately dense links', `${words(200)}${links(20)}`, 'link-density', 10, '20 outbound links in 240 words of text (8 per 100 words)'],
    ['sponsored share', `${words(500)}${links(10, undefined, (i) => (i < 7 ? 'sponsored' : ''))}`, 'sponsored-share', 20, '7 of 10 outbound links (70%) are marked sponsored'],
    ['many domains', `${words(5_000)}${links(60)}`, 'many-domains', 15, 'Links out to 60 distinct domains'],
    ['very many domains', `${words(10_000)}${links(120)}`, 'many-domains', 25, 'Links out to 120 distinct domains'],
    [
      'casino vocabulary',
      '<p>Play online casino slots and poker with free spins. Casino jackpots every day, the best casino.</p>',
      'keywords-gambling',
      15,
      '"casino" (2×), "online casino" (1×), "slots" (1×), "poker" (1×) in text and link anchors',
    ],
    ['pharma anchors', links(4, (i) => ['Viagra', 'cialis online', 'no prescription meds', 'viagra'][i] ?? ''), 'keywords-pharma', 15, '"viagra" (2×), "cialis" (1×), "no prescription" (1×) in text and link anchors'],
    ['payday loans', '<p>Payday loans today! Cash advance, no credit check, payday loan approval.</p>', 'keywords-loans', 15, '"payday loans" (1×), "cash advance" (1×), "no credit check" (1×), "payday loan" (1×) in text and link anchors'],
    ['crypto scam', '<p>Free bitcoin airdrop! Guaranteed returns with our trading bot.</p>', 'keywords-crypto-scam', 15, '"free bitcoin" (1×), "airdrop" (1×), "guaranteed returns" (1×), "trading bot" (1×) in text and link anchors'],
    ['adult', '<p>Live sex and escorts. Porn xxx.</p>', 'keywords-adult', 15, '"live sex" (1×), "escorts" (1×), "porn" (1×), "xxx" (1×) in text and link anchors'],
    ['spam anchors in the footer', `${words(300)}<footer>${links(4, (i) => ['casino', 'poker', 'slots', 'casino'][i] ?? '')}</footer>`, 'keywords-gambling', 15, '"casino" (2×), "poker" (1×), "slots" (1×) in text and link anchors'],
    ['money anchors', `${words(2_000)}${links(10, (i) => (i < 7 ? `buy cheap widget ${i}` : `Widget maker ${i}`))}`, 'money-anchors', 20, '7 of 10 outbound links use commercial anchors like "buy cheap widget 0"'],
    ['a link hidden with display:none', `${words(300)}<div style="display: none"><a href="https://hidden.example/">x</a></div>`, 'hidden-links', 15, '1 outbound link hidden with inline styles (display:none)'],
    [
      'links hidden in several ways',
      `${words(300)}<p style="visibility:hidden"><a href="https://a.example/">a</a></p><span style="font-size: 0px !important"><a href="https://b.example/">b</a></span><a style="DISPLAY:NONE" href="https://c.example/">c</a>`,
      'hidden-links',
      25,
      '3 outbound links hidden with inline styles (visibility:hidden, font-size:0, display:none)',
    ],
    [
      'a dozen gambling terms',
      `<p>${'casino poker slots roulette '.repeat(3)}</p>`,
      'keywords-gambling',
      25,
      '"casino" (3×), "poker" (3×), "slots" (3×), "roulette" (3×) in text and link anchors',
    ],
  ];
  it.each(cases)('%s', (_name, body, id, weight, reason) => {
    const report = spam(body);
    expect(signal(report, id)).toEqual({ id, label: expect.any(String), weight, reason });
  });
});

describe('spamSignals: what must not count', () => {
  const cases: [string, string, string][] = [
    // name, body, signal id that must be absent
    ['a few links in short text', `${words(20)}${links(5)}`, 'link-density'],
    ['links in long text', `${words(2_000)}${links(30)}`, 'link-density'],
    ['two sponsored links', `${words(500)}${links(3, undefined, (i) => (i < 2 ? 'sponsored' : ''))}`, 'sponsored-share'],
    ['fifty domains', `${words(5_000)}${links(50)}`, 'many-domains'],
    ['"poker" once in an article', `${words(500)}<p>We played poker once.</p>`, 'keywords-gambling'],
    ['three mentions of one casino word', '<p>The casino, the casino, the casino.</p>', 'keywords-gambling'],
    ['"pharmacy" in a health article', `${words(500)}<p>Ask your pharmacy about side effects. The pharmacy knows.</p>`, 'keywords-pharma'],
    ['descriptive anchors', `${words(2_000)}${links(10, (i) => `the study by team ${i}`)}`, 'money-anchors'],
    ['one commercial anchor among many', `${words(2_000)}${links(20, (i) => (i === 0 ? 'best price deals' : `a report ${i}`))}`, 'money-anchors'],
    ['hidden internal menu', `${words(300)}<ul style="display:none"><li><a href="/a">A</a></li><li><a href="https://shop.site.example/">Shop</a></li></ul>`, 'hidden-links'],
    ['small but visible text', `${words(300)}<p style="font-size:0.8em"><a href="https://x.example/">x</a></p><p style="opacity:0.9;display:block"><a href="https://y.example/">y</a></p>`, 'hidden-links'],
  ];
  it.each(cases)('%s', (_name, body, id) => {
    expect(signal(spam(body), id)).toBeUndefined();
  });
});

describe('spamSignals: the score', () => {
  it('is the sum of the weights, capped at 100', () => {
    const moderate = spam(`${words(300)}<div style="display:none"><a href="https://hidden.example/">x</a></div>`);
    expect(moderate.score).toBe(moderate.signals.reduce((n, s) => n + s.weight, 0));
    const farm = spam(`<p>casino slots poker viagra cialis payday loans cash advance</p>${links(150, (i) => `buy cheap casino bonus ${i}`, () => 'sponsored')}`);
    expect(farm.signals.reduce((n, s) => n + s.weight, 0)).toBeGreaterThan(100);
    expect(farm.score).toBe(100);
  });

  it('is 0 for an empty page and for a page without links', () => {
    expect(spam('')).toEqual({ score: 0, signals: [] });
    expect(spam(words(500))).toEqual({ score: 0, signals: [] });
  });

  it('handles 10,000 links and a huge hidden block without trouble', () => {
    // Links built directly: the link extractor's own cost is not under test here.
    const many: ScannedLink[] = Array.from({ length: 10_000 }, (_, i) => ({
      url: `https://www.other${i}.org/`,
      key: `https://www.other${i}.org/`,
      host: `www.other${i}.org`,
      outbound: true,
      toOwnSite: false,
      rel: i % 2 ? ['sponsored'] : [],
      follow: i % 2 === 0,
      target: '',
      text: `cheap deals ${i}`,
      position: i % 3 ? 'main' : 'footer',
      count: 1,
      context: '',
    }));
    const doc = docAt(PAGE, `<body><p>${'word '.repeat(1_000)}</p><div style="display:none">${links(2_000)}</div></body>`);
    const started = performance.now();
    const report = spamSignals(doc, { links: many, pageDomain: DOMAIN });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(signal(report, 'many-domains')?.reason).toBe('Links out to 10000 distinct domains');
    expect(signal(report, 'hidden-links')?.reason).toMatch(/^2000 outbound links hidden/);
    expect(signal(report, 'money-anchors')?.reason).toMatch(/^10000 of 10000 outbound links/);
    expect(report.score).toBe(100);
  });
});
