/** One piece of a search query: a word or phrase, possibly an operator, possibly negated. */
export interface QueryToken {
  negated: boolean;
  /** Lowercased operator name without the colon ("intitle"), or null for plain words and phrases. */
  op: string | null;
  /** The value as written, quotes kept ("\"write for us\"", "resources"). */
  value: string;
}

const TOKEN = /(-?)(?:([a-z]+):)?("[^"]*"?|\([^)]*\)?|[^\s"()]+)/gi;

/** Splits a query into tokens. "OR" and "|" stay plain words; an unclosed quote runs to the end. */
export function parseQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  for (const m of query.matchAll(TOKEN)) {
    const [, minus, op, value] = m;
    if (!value) continue;
    tokens.push({ negated: minus === '-', op: op ? op.toLowerCase() : null, value });
  }
  return tokens;
}

export function tokenText(t: QueryToken): string {
  return `${t.negated ? '-' : ''}${t.op ? `${t.op}:` : ''}${t.value}`;
}

/** A phrase kept as a phrase: quoted if it has spaces and is not quoted yet. */
export function asPhrase(value: string): string {
  return /\s/.test(value) && !value.startsWith('"') ? `"${value}"` : value;
}
