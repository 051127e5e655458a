// Regression fixtures from real pages (issue #11): each case failed on the page it came from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '@/lib/scan/contacts-email';
import { phonesInText, samePhone } from '@/lib/scan/contacts-phone';
import { scanPage } from '@/lib/scan/scan-page';
import { linkTotals } from '@/lib/scan/summary';
import { docAt } from '../dom';

const DIR = 'tests/fixtures/sites/regressions';

function scanFixture(file: string, url: string) {
  const doc = docAt(url, readFileSync(`${DIR}/${file}`, 'utf8'));
  return scanPage(doc, url, { pageDomain: new URL(url).hostname.replace(/^www\./, '') });
}
const valuesOf = (scan: ReturnType<typeof scanFixture>, kind: string): string[] => scan.contacts.filter((c) => c.kind === kind).map((c) => c.value);

describe('anchor text', () => {
  it('never reads a lazy-load <noscript> fallback, a script or a style as anchor text', () => {
    const scan = scanFixture('noscript-anchors.html', 'https://greenthumb.example/gardens/');
    const text = Object.fromEntries(scan.links.map((l) => [l.url, l.text]));
    expect(text['https://gardens.example/kew']).toBe('Kew Gardens');
    expect(text['https://gardens.example/wisley']).toBe('RHS Wisley');
    expect(text['https://gardens.example/eden']).toBe('Eden Project');
    for (const l of scan.links) expect(l.text).not.toMatch(/<img|wp-image|document\.write|color:red/);
  });
});

describe('authors', () => {
  it("lists the article's author, not commenters or related-article bylines", () => {
    const scan = scanFixture('bylines.html', 'https://greenthumb.example/blog/compost/');
    expect(valuesOf(scan, 'author')).toEqual(['Maria Gardner']);
  });
});

describe('phone numbers', () => {
  it('finds German, French and UK numbers once each, international form kept, and no citation dates', () => {
    const scan = scanFixture('phones-eu.html', 'https://gartenbau-mueller.example/impressum');
    expect(valuesOf(scan, 'phone').sort()).toEqual(['+33142685300', '+442079460321', '+495191979238', '07700900123'].sort());
  });

  it.each([
    ['a citation date in parentheses', 'Müller, K. (2016-02-01). "Kompost". p. (2016-02-01)'],
    ['a compact date', 'Tel: (20160201)'],
    ['a retrieved date after a page label', 'p. 2016-02-01'],
  ])('%s is not a phone', (_name, text) => expect(phonesInText(text)).toEqual([]));

  it.each([
    ['German "Fon"', 'Fon 05191 979238', ['05191979238']],
    ['German "Telefon:" with a slash', 'Telefon: 05191/979238', ['05191979238']],
    ['French pairs', 'Appelez-nous au 01 42 68 53 00.', ['0142685300']],
    ['French with dots', 'Tél. 01.42.68.53.00', ['0142685300']],
    ['UK London', 'Ring 020 7946 0321 today', ['02079460321']],
    ['UK mobile', 'or 07700 900123', ['07700900123']],
  ])('%s', (_name, text, expected) => expect(phonesInText(text)).toEqual(expected));

  it('tells national and international forms of one number apart from different numbers', () => {
    expect(samePhone('05191979238', '+495191979238')).toBe(true);
    expect(samePhone('+442079460321', '02079460321')).toBe(true);
    expect(samePhone('05191979238', '+495191979239')).toBe(false);
    expect(samePhone('0123', '+49123')).toBe(false);
  });
});

describe('e-mail addresses', () => {
  it('never reads image file names as addresses', () => {
    const scan = scanFixture('image-emails.html', 'https://brand.example/assets');
    expect(valuesOf(scan, 'email')).toEqual(['press@brand.example']);
  });

  it.each(['logo@2x.png', 'icon@3x.webp', 'hero@1.5x.jpg', 'banner@2x.png.webp', 'a@2x.cdn.example', 'x@img.png.example'])('%s is not an address', (raw) =>
    expect(normaliseEmail(raw)).toBeNull(),
  );
  it.each(['hello@js.org', 'team@map.garden.org'])('%s still is', (raw) => expect(normaliseEmail(raw)).toBe(raw));
});

describe('share and affiliate links', () => {
  const scan = scanFixture('share-affiliate.html', 'https://greenthumb.example/bin');
  const byUrl = (part: string) => scan.links.find((l) => l.url.includes(part));

  it('marks share and intent buttons and keeps them out of the outbound summary', () => {
    const shares = scan.links.filter((l) => l.share).map((l) => l.host);
    expect(shares.sort()).toEqual(['pinterest.com', 'twitter.com', 'wa.me', 'www.facebook.com', 'www.linkedin.com']);
    expect(byUrl('twitter.com/greenthumb')?.share).toBeUndefined();
    const totals = linkTotals(scan.links, (h) => h);
    expect(totals.share).toBe(5);
    expect(totals.outbound).toBe(scan.links.filter((l) => l.outbound && !l.share).length);
  });

  it('recognises affiliate links and says how many lack rel=sponsored', () => {
    const affiliates = scan.links.filter((l) => l.affiliate).map((l) => l.url);
    expect(affiliates).toEqual([
      'https://www.amazon.com/dp/B000123?tag=greenthumb-20',
      'https://amzn.to/3xYzAbc',
      'https://www.amazon.co.uk/dp/B000999?tag=gt-21',
      'https://click.linksynergy.com/deeplink?id=abc&murl=https%3A%2F%2Fshop.example%2F',
      'https://greenthumb.example/go/worm-farm/',
    ]);
    expect(byUrl('B000555')?.affiliate).toBeUndefined();
    const signal = scan.spam.signals.find((s) => s.id === 'affiliate-unmarked');
    expect(signal?.reason).toBe('4 affiliate links without rel=sponsored (of 5 affiliate links)');
  });

  it('marks links in the main text as in content, not those of nav, share widgets, sidebar and footer', () => {
    const inContent = scan.links.filter((l) => l.inContent).map((l) => l.host);
    expect(inContent).toContain('www.rhs.org.uk');
    expect(inContent).toContain('twitter.com');
    for (const host of ['shop.partner.example', 'blogroll.example', 'theme.example', 'www.facebook.com']) expect(inContent).not.toContain(host);
  });
});

describe('roundups and "Top 10" lists', () => {
  it.each([
    ['newsletter-issue.html', 'https://gardennotes.example/issues/112/', 'Title contains "issue #112"'],
    ['top-10.html', 'https://greenthumb.example/best-compost-bins/', '10 of the numbered items link to other sites'],
  ])('%s is a roundup, with its reasons', (file, url, reason) => {
    const scan = scanFixture(file, url);
    expect(scan.kinds[0]?.kind).toBe('roundup');
    expect(scan.kinds[0]?.score).toBeGreaterThanOrEqual(40);
    expect(scan.kinds[0]?.reasons).toContain(reason);
  });
});
