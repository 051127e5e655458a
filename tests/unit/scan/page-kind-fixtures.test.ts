import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLinks } from '@/lib/scan/links';
import { classifyPage } from '@/lib/scan/page-kind';
import { spamSignals } from '@/lib/scan/spam';
import { scanPage } from '@/lib/scan/scan-page';
import { pageScanSchema, type PageKind } from '@/lib/schemas/page-scan';
import { docAt } from '../dom';

const DIR = 'tests/fixtures/sites/kinds';

function load(file: string, url: string) {
  const doc = docAt(url, readFileSync(`${DIR}/${file}`, 'utf8'));
  const pageDomain = new URL(url).hostname;
  const { links } = extractLinks(doc, { pageDomain, ownDomains: [] });
  return { doc, links, pageDomain, kinds: classifyPage(doc, { url, links }) };
}

const SPECIAL: PageKind[] = ['resource', 'guest-post', 'directory', 'contact', 'journalist-query'];

describe('page kinds of the fixture pages', () => {
  const cases: [string, PageKind, string][] = [
    ['resources.html', 'resource', 'https://greenthumbnotes.example/resources/'],
    ['write-for-us.html', 'guest-post', 'https://growthnotes.example/write-for-us/'],
    ['directory.html', 'directory', 'https://wanderlist.example/directory/travel/'],
    ['contact.html', 'contact', 'https://brightpixel.example/contact-us/'],
    ['journalist-query.html', 'journalist-query', 'https://pressrequests.example/requests/four-day-week-experts/'],
  ];
  it.each(cases)('%s is a clear %s page', (file, kind, url) => {
    const { kinds } = load(file, url);
    expect(kinds[0]?.kind).toBe(kind);
    expect(kinds[0]?.score).toBeGreaterThanOrEqual(60);
    expect(kinds[0]?.reasons.length).toBeGreaterThan(0);
    const article = kinds.find((k) => k.kind === 'article');
    expect(article?.score).toBeLessThan(40);
    // No other special kind comes close.
    for (const other of kinds.slice(1)) expect(other.score).toBeLessThan(40);
  });

  it('an ordinary article with "Resources", "Write for us" and "Contact" in its nav, sidebar and footer is an article', () => {
    const { kinds } = load('article.html', 'https://greenthumbnotes.example/blog/start-a-compost-pile/');
    expect(kinds[0]?.kind).toBe('article');
    expect(kinds[0]?.score).toBeGreaterThanOrEqual(60);
    for (const kind of SPECIAL) expect(kinds.find((k) => k.kind === kind)?.score ?? 0).toBeLessThan(40);
  });

  it('explains the resource page with its title, headings, path and link lists', () => {
    const { kinds } = load('resources.html', 'https://greenthumbnotes.example/resources/');
    const reasons = kinds[0]?.reasons ?? [];
    expect(reasons).toContain('Title contains "resources"');
    expect(reasons).toContain('URL path /resources/');
    expect(reasons.some((r) => r.startsWith('Headings "Gardening Resources"'))).toBe(true);
    expect(reasons).toContain('27 outbound links to 27 distinct domains in lists');
  });

  it('the link farm is a list of links that scores high for spam; the article scores low', () => {
    const farm = load('link-farm.html', 'https://toplinks2024.example/partners/');
    const farmSpam = spamSignals(farm.doc, { links: farm.links, pageDomain: farm.pageDomain });
    expect(farm.kinds[0]?.kind).toBe('resource');
    expect(farmSpam.score).toBeGreaterThanOrEqual(60);
    expect(farmSpam.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(['link-density', 'many-domains', 'keywords-gambling', 'keywords-pharma', 'money-anchors', 'hidden-links']),
    );
    const article = load('article.html', 'https://greenthumbnotes.example/blog/start-a-compost-pile/');
    expect(spamSignals(article.doc, { links: article.links, pageDomain: article.pageDomain }).score).toBeLessThan(20);
  });

  it.each(cases)('%s (%s) is not spam', (file, _kind, url) => {
    const page = load(file, url);
    expect(spamSignals(page.doc, { links: page.links, pageDomain: page.pageDomain }).score).toBeLessThan(20);
  });

  it.each(readdirSync(DIR).filter((f) => f.endsWith('.html')))('the full scan of %s passes the PageScan schema', (file) => {
    const url = `https://fixture.example/${file.replace('.html', '/')}`;
    const doc = docAt(url, readFileSync(`${DIR}/${file}`, 'utf8'));
    const scan = scanPage(doc, url, { pageDomain: 'fixture.example', keywords: ['garden', 'guest post', 'casino'] });
    expect(() => pageScanSchema.parse(scan)).not.toThrow();
    expect(scan.kinds.length).toBeGreaterThan(0);
  });
});
