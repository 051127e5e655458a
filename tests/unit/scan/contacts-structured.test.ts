import { describe, expect, it } from 'vitest';
import type { Contact } from '@/lib/schemas/page-scan';
import { extractContacts } from '@/lib/scan/contacts';
import { walkJsonLd } from '@/lib/scan/contacts-jsonld';
import { MAX_PER_KIND, authorName, createSink } from '@/lib/scan/contacts-sink';
import { docAt } from '../dom';

const PAGE = 'https://site.example/page';

function contactsOf(html: string): Contact[] {
  return extractContacts(docAt(PAGE, html), { pageUrl: PAGE, contactHrefs: [], links: [] });
}
const ld = (json: string): string => `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`;

describe('JSON-LD', () => {
  it.each<[string, string, Contact[]]>([
    [
      'Organization with email, telephone and sameAs',
      '{"@type":"Organization","email":"mailto:Info@Site.example","telephone":"+44 20 7946 0321","sameAs":["https://twitter.com/Acme","https://www.wikidata.org/wiki/Q1"]}',
      [
        { kind: 'email', value: 'info@site.example', source: 'JSON-LD' },
        { kind: 'phone', value: '+442079460321', source: 'JSON-LD' },
        { kind: 'social', value: 'https://twitter.com/acme', source: 'JSON-LD' },
      ],
    ],
    [
      'top-level array and @graph with nested contactPoint',
      '[{"@graph":[{"@type":"Organization","contactPoint":{"@type":"ContactPoint","email":"help@site.example","telephone":"+1-555-010-0199","url":"https://site.example/support"}}]}]',
      [
        { kind: 'email', value: 'help@site.example', source: 'JSON-LD' },
        { kind: 'phone', value: '+15550100199', source: 'JSON-LD' },
        { kind: 'contact-page', value: 'https://site.example/support', source: 'JSON-LD contactPoint' },
      ],
    ],
    [
      'author as a string, a Person and an array',
      '{"@type":"Article","author":[{"@type":"Person","name":"Jane Roe","sameAs":"https://www.linkedin.com/in/janeroe"},"John Smith"]}',
      [
        { kind: 'author', value: 'Jane Roe', source: 'JSON-LD' },
        { kind: 'author', value: 'John Smith', source: 'JSON-LD' },
        { kind: 'social', value: 'https://linkedin.com/in/janeroe', source: 'JSON-LD' },
      ],
    ],
    ['wrapped in an HTML comment', '<!-- {"email":"a@site.example"} -->', [{ kind: 'email', value: 'a@site.example', source: 'JSON-LD' }]],
    ['malformed JSON', '{"@type":"Organization","email":"broken@', []],
    ['not JSON at all', 'hello', []],
    ['wrong value types', '{"email":42,"telephone":{"x":1},"sameAs":[null,7,{}],"author":[null,{"name":5}],"@graph":null}', []],
    ['junk addresses still rejected', '{"email":["you@example.com","logo@2x.png"]}', []],
    ['JSON null', 'null', []],
  ])('%s', (_name, json, expected) => expect(contactsOf(ld(json))).toEqual(expected));

  it('reads every ld+json block, skipping broken ones, and ignores other scripts', () => {
    const html = `<html><head>
      <script type="application/ld+json">{"email":"one@site.example"</script>
      <script type="Application/LD+JSON">{"email":"two@site.example"}</script>
      <script type="application/json">{"email":"data@site.example"}</script>
      <script>var x = {"email":"js@site.example"}</script></head><body></body></html>`;
    expect(contactsOf(html).map((c) => c.value)).toEqual(['two@site.example']);
  });

  it('survives very deep nesting and huge arrays with bounded work', () => {
    const sink = createSink();
    let deep: unknown = { email: 'deep@site.example' };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    walkJsonLd(deep, sink);
    walkJsonLd({ list: Array.from({ length: 200_000 }, (_, i) => ({ email: `u${i}@site.example` })) }, sink);
    expect(sink.contacts.length).toBeGreaterThan(0);
    expect(sink.contacts.length).toBeLessThanOrEqual(MAX_PER_KIND);
    expect(sink.contacts.some((c) => c.value === 'deep@site.example')).toBe(false);
  });

  it('does not throw on a deeply nested JSON text', () => {
    expect(contactsOf(ld(`${'['.repeat(50_000)}${']'.repeat(50_000)}`))).toEqual([]);
  });
});

describe('microdata', () => {
  it.each<[string, string, Contact[]]>([
    [
      'email as text, link and meta',
      `<div itemscope><span itemprop="email">Desk@Site.example</span><a itemprop="email" href="mailto:a@site.example,b@site.example">x</a>
       <meta itemprop="email" content="c@site.example"></div>`,
      ['desk', 'a', 'b', 'c'].map((n) => ({ kind: 'email' as const, value: `${n}@site.example`, source: 'microdata' })),
    ],
    ['telephone', '<span itemprop="telephone">+49 (0)30 1234567</span>', [{ kind: 'phone', value: '+49301234567', source: 'microdata' }]],
    [
      'sameAs, relative URLs resolved',
      '<link itemprop="sameAs" href="https://github.com/acme"><a itemprop="sameAs" href="/about">x</a>',
      [{ kind: 'social', value: 'https://github.com/acme', source: 'microdata' }],
    ],
    [
      'author scope with a name',
      '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Roe</span><span itemprop="jobTitle">Editor</span></div>',
      [{ kind: 'author', value: 'Jane Roe', source: 'microdata' }],
    ],
    [
      'contactPoint scope',
      '<div itemprop="contactPoint" itemscope><span itemprop="telephone">+1 555 010 0199</span></div>',
      [{ kind: 'phone', value: '+15550100199', source: 'microdata' }],
    ],
    ['several properties on one element', '<a itemprop="url sameAs" href="https://x.com/acme">x</a>', [{ kind: 'social', value: 'https://x.com/acme', source: 'microdata' }]],
    ['unparsable sameAs', '<a itemprop="sameAs" href="http://[bad">x</a>', []],
    ['telephone as a tel: link', '<a itemprop="telephone" href="tel:+1-555-010-0199">Call</a>', [{ kind: 'phone', value: '+15550100199', source: 'microdata' }]],
    ['author as plain text', '<span itemprop="author">By Jane Roe</span>', [{ kind: 'author', value: 'Jane Roe', source: 'microdata' }]],
  ])('%s', (_name, body, expected) => expect(contactsOf(`<html><body>${body}</body></html>`).filter((c) => c.source === 'microdata')).toEqual(expected));
});

describe('author byline', () => {
  it('reads meta author, rel=author links and .byline, first source kept', () => {
    const html = `<html><head><meta name="author" content="Maya Lindqvist"></head><body>
      <p class="byline">By <a rel="author" href="/about/maya/">Maya Lindqvist</a> · Updated 2 March 2026</p>
      <p class="byline">Written by: Tom Berg | 3 min read</p>
      <span class="author-name">von Anna Schmidt am 3. März</span></body></html>`;
    expect(contactsOf(html)).toEqual([
      { kind: 'author', value: 'Maya Lindqvist', source: 'meta author' },
      { kind: 'author', value: 'Tom Berg', source: 'byline' },
      { kind: 'author', value: 'Anna Schmidt', source: 'byline' },
    ]);
  });

  it.each<[string, string, Contact[]]>([
    ['rel=author link text', '<a rel="author" href="/u/1">Jane Roe</a>', [{ kind: 'author', value: 'Jane Roe', source: 'rel=author link' }]],
    ['rel with several tokens', '<a rel="noopener AUTHOR" href="/u/1">by Jane Roe</a>', [{ kind: 'author', value: 'Jane Roe', source: 'rel=author link' }]],
    ['.author-name', '<span class="author-name">Jane Roe</span>', [{ kind: 'author', value: 'Jane Roe', source: 'byline' }]],
    ['a URL in meta author', '<meta name="author" content="https://site.example/u/1">', []],
    ['an overlong byline', `<p class="byline">${'word '.repeat(40)}</p>`, []],
  ])('%s', (_name, html, expected) => expect(contactsOf(`<html><body>${html}</body></html>`)).toEqual(expected));

  it.each<[string, string | null]>([
    ['Jane Roe', 'Jane Roe'],
    ['  By   Jane  Roe  ', 'Jane Roe'],
    ['by Jane Roe, Senior Editor', 'Jane Roe'],
    ['Jane Roe on March 3, 2026', 'Jane Roe'],
    ['Di Wang', 'Di Wang'],
    ['di Mario Rossi', 'Mario Rossi'],
    ['par Claire Dubois le 3 mars', 'Claire Dubois'],
    ['https://site.example/authors/1', null],
    ['jane@site.example', null],
    ['www.site.com', null],
    ['', null],
    ['12345', null],
    ['This is far too long to be the name of any single person who wrote it', null],
  ])('authorName(%j) → %j', (raw, expected) => expect(authorName(raw)).toBe(expected));
});
