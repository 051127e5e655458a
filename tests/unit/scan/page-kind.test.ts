import { describe, expect, it } from 'vitest';
import { extractLinks } from '@/lib/scan/links';
import { classifyPage } from '@/lib/scan/page-kind';
import type { KindScore, PageKind } from '@/lib/schemas/page-scan';
import { docAt } from '../dom';

function classify(url: string, body: string, head = ''): KindScore[] {
  const doc = docAt(url, `<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const { links } = extractLinks(doc, { pageDomain: new URL(url).hostname, ownDomains: [] });
  return classifyPage(doc, { url, links });
}

function scoreOf(kinds: KindScore[], kind: PageKind): number {
  return kinds.find((k) => k.kind === kind)?.score ?? 0;
}

function reasonsOf(kinds: KindScore[], kind: PageKind): string[] {
  return kinds.find((k) => k.kind === kind)?.reasons ?? [];
}

const HOME = 'https://site.example/';
const title = (t: string): string => `<title>${t}</title>`;
const outboundList = (n: number, from = 0): string =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="https://www.partner${i + from}.org/">Partner ${i + from}</a> – a useful site.</li>`).join('')}</ul>`;
const paragraph = '<p>Plain words about gardening, soil and the weather this spring, nothing more.</p>';

describe('classifyPage: evidence for each kind', () => {
  const cases: [string, string, string, string, PageKind, number, string][] = [
    // name, url, head, body, kind, minimum score, a reason it must give
    ['resource title', HOME, title('Useful Links | Site'), paragraph, 'resource', 35, 'Title contains "useful links"'],
    ['"best X sites" title', HOME, title('The Best Gardening Websites'), paragraph, 'resource', 35, 'Title contains "best gardening websites"'],
    ['"N best X" title', HOME, title('The 25 Best Gardening Blogs'), paragraph, 'roundup', 35, 'Title contains "25 best gardening blogs"'],
    ['"Top 10" title', HOME, title('Top 10 Compost Bins | Site'), paragraph, 'roundup', 35, 'Title contains "top 10"'],
    ['newsletter issue title', HOME, title('Garden Weekly – Issue #112'), paragraph, 'roundup', 35, 'Title contains "issue #112"'],
    ['link roundup heading', HOME, '', `<h1>Friday link roundup</h1>${paragraph}`, 'roundup', 25, 'Heading "Friday link roundup"'],
    ['numbered items linking out', HOME, '', `<main>${[1, 2, 3, 4, 5].map((n) => `<h2>${n}. Tool ${n}</h2><p>Try <a href="https://tool${n}.org/">Tool ${n}</a>.</p>`).join('')}</main>`, 'roundup', 35, '5 of the numbered items link to other sites'],
    ['resource h1', HOME, '', `<h1>Resources</h1>${paragraph}`, 'resource', 25, 'Heading "Resources"'],
    ['resource path', 'https://site.example/useful-links/', '', paragraph, 'resource', 25, 'URL path /useful-links/'],
    ['outbound links in lists', HOME, '', `<main>${outboundList(12)}</main>`, 'resource', 28, '12 outbound links to 12 distinct domains in lists'],
    ['blogroll in text', HOME, '', '<p>Our blogroll lists friends of the site.</p>', 'resource', 8, 'Text mentions "blogroll"'],
    ['guest-post title', HOME, title('Write for Us – Site'), paragraph, 'guest-post', 35, 'Title contains "write for us"'],
    ['guest-post path', 'https://site.example/write-for-us/', '', paragraph, 'guest-post', 25, 'URL path /write-for-us/'],
    ['guest-post h1', HOME, '', `<h1>Write for us</h1>${paragraph}`, 'guest-post', 25, 'Heading "Write for us"'],
    ['guest-post guidelines heading', HOME, '', `<h2>Guest Post Guidelines</h2>${paragraph}`, 'guest-post', 15, 'Heading "Guest Post Guidelines"'],
    ['submit an article in text', HOME, '', '<p>You can submit an article and become a contributor.</p>', 'guest-post', 15, 'Text mentions "submit an article", "become a contributor"'],
    ['German "Gastbeitrag"', HOME, title('Gastbeitrag schreiben'), '<h1>Gastbeitrag</h1>', 'guest-post', 60, 'Heading "Gastbeitrag"'],
    ['French with accents', HOME, '', '<h1>Écrire pour nous</h1><p>Proposez un article invité.</p>', 'guest-post', 35, 'Text mentions "ecrire pour nous", "article invite"'],
    ['Spanish', HOME, title('Escribe para nosotros'), paragraph, 'guest-post', 35, 'Title contains "escribe para nosotros"'],
    ['directory title', HOME, title('Free Web Directory'), paragraph, 'directory', 35, 'Title contains "web directory"'],
    ['"Submit your site" link in the nav', HOME, '', '<nav><a href="/submit">Submit your site</a></nav>', 'directory', 20, 'Link "Submit your site"'],
    ['"Add URL" link', HOME, '', '<p><a href="/add">Add URL</a></p>', 'directory', 20, 'Link "Add URL"'],
    [
      'categories with counts',
      HOME,
      '',
      `<ul>${['Arts (12)', 'Business (431)', 'Health (88)', 'Travel (7)'].map((c, i) => `<li><a href="/cat/${i}">${c}</a></li>`).join('')}</ul>`,
      'directory',
      20,
      '4 category links with counts, like "Arts (12)"',
    ],
    [
      'headings each followed by a list of links',
      HOME,
      '',
      `<main>${[0, 1, 2].map((i) => `<h2>Section ${i}</h2>${outboundList(3, i * 3)}`).join('')}</main>`,
      'directory',
      10,
      '3 headings each followed by a list of links',
    ],
    [
      'paginated listings',
      HOME,
      '',
      `<main>${outboundList(12)}<div class="pagination"><a href="?page=2">2</a></div></main>`,
      'directory',
      10,
      'Listings are paginated',
    ],
    ['contact title', HOME, title('Contact | Site'), paragraph, 'contact', 35, 'Title contains "contact"'],
    ['contact path in German', 'https://site.example/kontakt/', '', paragraph, 'contact', 25, 'URL path /kontakt/'],
    [
      'contact form',
      HOME,
      '',
      '<main><form action="/send"><input type="email" name="email"><textarea name="message"></textarea></form></main>',
      'contact',
      25,
      'Contact form (message and e-mail fields)',
    ],
    [
      'contact details in the content',
      HOME,
      '',
      '<main><p>Email hello@site.example or sales [at] site [dot] example. Phone: +44 20 7946 0958.</p></main>',
      'contact',
      20,
      '2 e-mail addresses, 1 phone number in the page content',
    ],
    ['#journorequest', HOME, '', '<p>#journorequest anyone available for comment? Deadline: 5pm today.</p>', 'journalist-query', 18, 'Text mentions "#journorequest", "deadline:"'],
    ['looking for experts title', HOME, title('Looking for experts on remote work'), paragraph, 'journalist-query', 17, 'Title contains "looking for experts"'],
    ['HARO in text', HOME, '', '<p>A HARO request came in: expert quotes wanted by Friday.</p>', 'journalist-query', 18, 'Text mentions "haro", "expert quotes wanted"'],
    ['journalist request heading', HOME, '', '<h1>Journalist request</h1>', 'journalist-query', 25, 'Heading "Journalist request"'],
  ];
  it.each(cases)('%s', (_name, url, head, body, kind, min, reason) => {
    const kinds = classify(url, body, head);
    expect(scoreOf(kinds, kind)).toBeGreaterThanOrEqual(min);
    expect(reasonsOf(kinds, kind)).toContain(reason);
  });
});

describe('classifyPage: what must not count', () => {
  const article = (extra: string): string => `<main><article><h1>Growing tomatoes</h1>${paragraph.repeat(20)}${extra}</article></main>`;
  const cases: [string, string, string, string, PageKind, number][] = [
    // name, url, head, body, kind, score it must stay below
    ['a "Resources" link in the nav', HOME, '', `<nav><a href="/resources/">Resources</a></nav>${article('')}`, 'resource', 1],
    ['"Resources" sidebar widget', HOME, '', `<aside><h2>Resources</h2>${outboundList(8)}</aside>${article('')}`, 'resource', 1],
    ['outbound lists in the footer', HOME, '', `${article('')}<footer>${outboundList(30)}</footer>`, 'resource', 1],
    ['outbound lists in the nav', HOME, '', `<nav>${outboundList(30)}</nav>${article('')}`, 'resource', 1],
    ['two outbound links in a list', HOME, '', article(outboundList(2)), 'resource', 1],
    ['"human resources" in running text', HOME, '', article('<p>Ask human resources about resources for staff.</p>'), 'resource', 1],
    ['a "Resources" section closing an article', HOME, '', article(`<h2>Resources</h2>${outboundList(5)}`), 'resource', 40],
    ['"contact us" and details in the footer', HOME, '', `${article('')}<footer><a href="/contact">Contact us</a> hello@site.example Phone: +1 555 0100 <address>1 Main St</address></footer>`, 'contact', 1],
    ['a comment form', HOME, '', `${article('')}<div id="respond"><form id="commentform" action="/wp-comments-post.php"><textarea name="comment"></textarea><input type="email" name="email"></form></div>`, 'contact', 1],
    ['a newsletter form', HOME, '', `${article('')}<form action="/subscribe"><input type="email" name="email"></form>`, 'contact', 1],
    ['"contact" inside a long title', HOME, title('How to contact a journalist about your product launch'), article(''), 'contact', 20],
    ['"contact" inside a long path segment', 'https://site.example/blog/how-to-contact-journalists-about-launches/', '', article(''), 'contact', 1],
    ['"Write for us" in the footer and nav', HOME, '', `<nav><a href="/write-for-us">Write for us</a></nav>${article('')}<footer><a href="/write-for-us">Write for us</a></footer>`, 'guest-post', 1],
    ['"contribute" in running text', HOME, '', article('<p>Many factors contribute to a good harvest.</p>'), 'guest-post', 1],
    ['"deadline" in running text', HOME, '', article('<p>Sow before the deadline of the first frost.</p>'), 'journalist-query', 1],
    ['pagination of a blog archive', HOME, '', `${article('')}<div class="pagination"><a rel="next" href="/page/2">Older posts</a></div>`, 'directory', 1],
  ];
  it.each(cases)('%s', (_name, url, head, body, kind, below) => {
    const kinds = classify(url, body, head);
    expect(scoreOf(kinds, kind)).toBeLessThan(below);
    expect(kinds[0]?.kind).toBe('article');
  });
});

describe('classifyPage: the result', () => {
  it('always includes article, best first, every score within 0–100 and every kind once', () => {
    const pages = [
      classify(HOME, ''),
      classify('https://site.example/write-for-us/', `<h1>Write for us</h1><main>${outboundList(25)}</main>`, title('Resources')),
      classify('https://site.example/contact/', '<h1>Contact</h1>'),
    ];
    for (const kinds of pages) {
      expect(kinds.some((k) => k.kind === 'article')).toBe(true);
      expect(new Set(kinds.map((k) => k.kind)).size).toBe(kinds.length);
      for (const k of kinds) {
        expect(k.score).toBeGreaterThanOrEqual(0);
        expect(k.score).toBeLessThanOrEqual(100);
        expect(k.reasons.length).toBeGreaterThan(0);
      }
      expect(kinds.map((k) => k.score)).toEqual([...kinds.map((k) => k.score)].sort((a, b) => b - a));
    }
  });

  it('an empty page is an article because nothing stronger was found', () => {
    expect(classify(HOME, '')).toEqual([{ kind: 'article', score: 30, reasons: ['No stronger page kind found'] }]);
  });

  it('article leads while special kinds stay weak, and steps back with a reason when one is strong', () => {
    const weak = classify(HOME, `<h2>Tools</h2>${paragraph}`);
    expect(weak[0]?.kind).toBe('article');
    expect(weak[0]?.score).toBeGreaterThan(scoreOf(weak, 'resource'));
    const strong = classify('https://site.example/contact/', '<h1>Contact us</h1>', title('Contact us'));
    expect(strong[0]?.kind).toBe('contact');
    expect(reasonsOf(strong, 'article')).toContain(`Reads more like a contact page (${scoreOf(strong, 'contact')})`);
    expect(scoreOf(strong, 'article')).toBeLessThan(40);
  });

  it('article markup and running text raise the article score', () => {
    const bare = scoreOf(classify(HOME, paragraph), 'article');
    const marked = classify(
      HOME,
      `<article><p class="byline">By <a rel="author" href="/me">Me</a> <time datetime="2024-01-02">2 Jan</time></p>${paragraph.repeat(40)}</article>`,
      '<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"BlogPosting"}</script>',
    );
    expect(scoreOf(marked, 'article')).toBeGreaterThanOrEqual(bare + 40);
    expect(reasonsOf(marked, 'article')).toEqual(
      expect.arrayContaining(['Content is an <article> element', 'Open Graph type is "article"', 'Structured data type "BlogPosting"', 'Has an author byline', 'States a publication date']),
    );
  });
});

describe('classifyPage: hostile input', () => {
  it('survives documents without a body, deep nesting, odd URLs and huge text', () => {
    // Browsers' HTML parsers stop nesting at a few hundred levels (Chromium: 512).
    const deep = `${'<div><span>'.repeat(250)}Write for us${'</span></div>'.repeat(250)}`;
    const huge = `<p>${'casino resources write for us '.repeat(30_000)}</p>`;
    const noBody = docAt(HOME, '<html></html>');
    noBody.documentElement.replaceChildren();
    expect(() => classifyPage(noBody, { url: HOME, links: [] })).not.toThrow();
    expect(scoreOf(classify(HOME, deep), 'guest-post')).toBeGreaterThan(0);
    for (const url of ['about:blank', 'not a url', 'https://site.example/%E0%A4%A/%%/']) {
      expect(() => classifyPage(docAt(HOME, `<body>${deep}</body>`), { url, links: [] })).not.toThrow();
    }
    const started = performance.now();
    const kinds = classify(HOME, huge, title('x'.repeat(100_000)));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(scoreOf(kinds, 'guest-post')).toBeGreaterThan(0);
  });

  it('stays linear on text built to make regular expressions backtrack', () => {
    const nasty = ['a'.repeat(400_000), `${'1 '.repeat(200_000)}`, `${'x@'.repeat(200_000)}`, `${'best '.repeat(80_000)}`];
    for (const text of nasty) {
      const started = performance.now();
      classify(HOME, `<p>${text}</p>`);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });
});
