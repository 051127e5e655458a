/**
 * Words for the full-text search index. Search matches a prospect when every word of the query
 * begins a word of its URL, title, notes or contacts: "gmail" finds "ann@gmail.com", "exam com"
 * finds "example.com". Case and accents are ignored. Single characters are not indexed (they would
 * match almost everything), and words are cut at MAX_WORD characters to keep the index small.
 */
const MAX_WORD = 32;
const SPLIT = /[^\p{L}\p{N}]+/u;

export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The query's words, folded and cut the same way as indexed words. */
export function queryWords(query: string): string[] {
  const words = foldText(query).split(SPLIT).filter((w) => w.length > 0).map((w) => w.slice(0, MAX_WORD));
  return [...new Set(words)];
}

export function searchWords(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of foldText(text).split(SPLIT)) {
      if (word.length > 1) words.add(word.slice(0, MAX_WORD));
    }
  }
  return [...words];
}
