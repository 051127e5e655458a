import { describe, expect, it } from 'vitest';
import { translateQuery } from '@/lib/footprints/translate';
import { buildQueries, searchUrl, type Modifiers } from '@/lib/footprints/build';
import { BUILT_IN_TEMPLATES } from '@/lib/footprints/builtin';
import { TACTICS } from '@/lib/footprints/tactics';
import { parseQuery } from '@/lib/footprints/parse';
import { suggestTypeForQuery } from '@/lib/footprints/suggest';

const NONE: Modifiers = { after: '', ownDomains: [], brand: [], noise: [] };

describe('translateQuery', () => {
  it.each([
    ['google', 'coffee inbody:"useful links"', 'coffee intext:"useful links"', ['changed']],
    ['bing', 'coffee intext:"useful links" -site:x.example', 'coffee inbody:"useful links" -site:x.example', ['changed']],
    ['bing', 'coffee inurl:resources after:2025-01-01', 'coffee inurl:resources', ['warning', 'dropped']],
    ['duckduckgo', 'coffee intext:"further reading" intitle:resources', 'coffee "further reading" intitle:resources', ['dropped']],
    ['duckduckgo', 'coffee allintitle:best grinders before:2020-01-01', 'coffee intitle:best grinders', ['changed', 'dropped']],
    ['google', '"write for us" coffee -site:pinterest.com OR "guest post"', '"write for us" coffee -site:pinterest.com OR "guest post"', []],
  ] as const)('%s: %s', (engine, query, expected, severities) => {
    const out = translateQuery(query, engine);
    expect(out.query).toBe(expected);
    expect(out.flags.map((f) => f.severity)).toEqual(severities);
  });

  it('keeps negation and quotes through parsing', () => {
    expect(parseQuery('-intitle:"a b" c -"d e"')).toEqual([
      { negated: true, op: 'intitle', value: '"a b"' },
      { negated: false, op: null, value: 'c' },
      { negated: true, op: null, value: '"d e"' },
    ]);
  });
});

describe('buildQueries', () => {
  const byId = (id: string) => BUILT_IN_TEMPLATES.filter((t) => t.id === id);

  it('fills keywords, quotes multi-word ones outside quotes, adds modifiers, and links the engine', () => {
    const mods: Modifiers = { after: '2025-06-01', ownDomains: ['mycafe.example'], brand: ['My Cafe'], noise: ['pinterest.com'] };
    const [q] = buildQueries(byId('gp-write-for-us'), ['cold brew'], '', 'google', mods);
    expect(q?.query).toBe('"cold brew" intitle:"write for us" after:2025-06-01 -site:mycafe.example -"My Cafe" -site:pinterest.com');
    expect(q?.url).toBe(searchUrl('google', q!.query));
    expect(q?.url.startsWith('https://www.google.com/search?q=%22cold+brew%22+intitle%3A')).toBe(true);
    expect(q?.type).toBe('guest-post');
    const [inside] = buildQueries(byId('cl-best-blogs'), ['cold brew'], '', 'bing', NONE);
    expect(inside?.query).toBe('intitle:"best cold brew blogs"');
  });

  it('one query per keyword; flags a missing name or keyword and dropped operators', () => {
    expect(buildQueries(byId('rp-helpful'), ['coffee', 'tea'], '', 'google', NONE).map((q) => q.query)).toEqual([
      'coffee intitle:"helpful resources"',
      'tea intitle:"helpful resources"',
    ]);
    const [named] = buildQueries(byId('cr-review'), ['coffee'], '', 'google', NONE);
    expect(named?.flags[0]?.message).toMatch(/needs a name/);
    const [ddg] = buildQueries(byId('gp-accepting'), ['coffee'], '', 'duckduckgo', { ...NONE, after: '2025-01-01' });
    expect(ddg?.query).toBe('coffee "accepting guest posts"');
    expect(ddg?.flags.map((f) => f.severity)).toEqual(['dropped', 'dropped']);
  });

  it('ships about forty white-hat templates, each tied to a tactic and suggesting its own type', () => {
    expect(BUILT_IN_TEMPLATES.length).toBeGreaterThanOrEqual(38);
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size).toBe(BUILT_IN_TEMPLATES.length);
    for (const tactic of TACTICS) expect(BUILT_IN_TEMPLATES.some((t) => t.tactic === tactic.id)).toBe(true);
    expect(BUILT_IN_TEMPLATES.map((t) => t.template).join(' ')).not.toMatch(/guestbook|leave a comment|"powered by"|link exchange|blogroll/i);
    const wrong = BUILT_IN_TEMPLATES.filter((t) => !['broken-links', 'competitor-reviews', 'author-footprints', 'curated-lists'].includes(t.tactic)).filter(
      (t) => suggestTypeForQuery(t.template.replace('{kw}', 'coffee')) !== TACTICS.find((x) => x.id === t.tactic)?.type,
    );
    expect(wrong.map((t) => t.id)).toEqual([]);
  });
});
