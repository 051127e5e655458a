import { fold } from './text-page';

// Letters and digits of any script: a match must not sit inside a longer word.
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/**
 * One regex matching any of `sources` (regex fragments over folded text) as whole words.
 * Fragments use only literals, bounded quantifiers and alternation, so matching stays linear.
 */
export function phraseRegex(sources: readonly string[]): RegExp {
  return new RegExp(`${BEFORE}(?:${sources.join('|')})${AFTER}`, 'gu');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A user keyword as a whole-word regex over folded text: words may be separated by any run of
 * spaces or hyphens, and the last word may take a plural "s"/"es" ("link building" matches
 * "Link-Building" and "link buildings"). Null when the keyword has no letters or digits.
 */
export function keywordRegex(keyword: string): RegExp | null {
  const words = fold(keyword).split(/[\s-]+/).filter(Boolean);
  if (words.length === 0 || !/[\p{L}\p{N}]/u.test(words.join(''))) return null;
  const body = words.map(escapeRegex).join('[\\s-]{1,3}');
  const plural = /\p{L}$/u.test(words[words.length - 1] ?? '') ? '(?:e?s)?' : '';
  try {
    return new RegExp(`${BEFORE}${body}${plural}${AFTER}`, 'gu');
  } catch {
    return null; // every syntax character is escaped; this only guards engine limits on odd input
  }
}

/** How often `re` (global) matches `text`, counting at most `max`. */
export function countMatches(re: RegExp, text: string, max = 10_000): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m !== null && n < max; m = re.exec(text)) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return n;
}

/** Each distinct match of `re` in `text` with its count, most frequent first (at most `max` matches read). */
export function matchCounts(re: RegExp, text: string, max = 500): { phrase: string; count: number }[] {
  const counts = new Map<string, number>();
  re.lastIndex = 0;
  let read = 0;
  for (let m = re.exec(text); m !== null && read < max; m = re.exec(text)) {
    read++;
    const phrase = m[0].replace(/\s+/g, ' ');
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return Array.from(counts, ([phrase, count]) => ({ phrase, count })).sort((a, b) => b.count - a.count);
}
