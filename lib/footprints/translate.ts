import type { Engine } from '@/lib/serp/types';
import { asPhrase, parseQuery, tokenText, type QueryToken } from './parse';

/** Something the user should know about a translated query: what changed and why. */
export interface QueryFlag {
  severity: 'dropped' | 'changed' | 'warning';
  message: string;
}

type Rule = { to: string } | { drop: string } | { keep: string };

/**
 * Operators per engine. Anything not listed passes through unchanged. Google's intext: is Bing's
 * inbody:; DuckDuckGo supports intitle:, inurl:, site: and filetype: only, so body and date
 * operators become plain phrases or are dropped, and the flag says so.
 */
const RULES: Record<Engine, Record<string, Rule>> = {
  google: {
    inbody: { to: 'intext' },
  },
  bing: {
    intext: { to: 'inbody' },
    allintext: { to: 'inbody' },
    allintitle: { to: 'intitle' },
    inurl: { keep: 'Bing does not document inurl:; it often works, but results may ignore it.' },
    after: { drop: "Bing has no after: operator; use the date filter on Bing's results page." },
    before: { drop: "Bing has no before: operator; use the date filter on Bing's results page." },
  },
  duckduckgo: {
    intext: { drop: 'DuckDuckGo has no intext:; the words are searched anywhere on the page.' },
    inbody: { drop: 'DuckDuckGo has no inbody:; the words are searched anywhere on the page.' },
    allintext: { drop: 'DuckDuckGo has no allintext:; the words are searched anywhere on the page.' },
    allintitle: { to: 'intitle' },
    allinurl: { to: 'inurl' },
    after: { drop: 'DuckDuckGo has no after: operator; use its date filter instead.' },
    before: { drop: 'DuckDuckGo has no before: operator; use its date filter instead.' },
  },
};

/** Keeps a dropped operator's words as a plain phrase, except for dates, which mean nothing as words. */
function withoutOperator(t: QueryToken): QueryToken | null {
  if (t.op === 'after' || t.op === 'before') return null;
  return { ...t, op: null, value: asPhrase(t.value) };
}

/** Rewrites a query's operators for an engine; flags every change. */
export function translateQuery(query: string, engine: Engine): { query: string; flags: QueryFlag[] } {
  const flags: QueryFlag[] = [];
  const out: string[] = [];
  for (const t of parseQuery(query)) {
    const rule = t.op ? RULES[engine][t.op] : undefined;
    if (!rule || !t.op) {
      out.push(tokenText(t));
    } else if ('to' in rule) {
      out.push(tokenText({ ...t, op: rule.to }));
      flags.push({ severity: 'changed', message: `${t.op}: became ${rule.to}:` });
    } else if ('keep' in rule) {
      out.push(tokenText(t));
      flags.push({ severity: 'warning', message: rule.keep });
    } else {
      const plain = withoutOperator(t);
      if (plain) out.push(tokenText(plain));
      flags.push({ severity: 'dropped', message: rule.drop });
    }
  }
  return { query: out.join(' '), flags: dedupe(flags) };
}

function dedupe(flags: QueryFlag[]): QueryFlag[] {
  const seen = new Set<string>();
  return flags.filter((f) => !seen.has(f.message) && seen.add(f.message));
}
