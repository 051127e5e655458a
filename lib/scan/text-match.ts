import { fold } from './text-page';

/**
 * Letters and digits of any script, as plain code-unit ranges: ASCII letters and digits, and
 * everything from U+00C0 up except punctuation, symbols and spaces blocks. A `\p{L}` class or a
 * leading lookbehind would be exact, but made every scan compile and run each phrase regex several
 * times slower (the lookbehind runs at every position of the page's text).
 */
export const WORD_CLASS = '0-9A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2c00-\\u2dff\\u2e80-\\u2fff\\u3040-\\ufe2f\\ufe50-\\ufeff\\uff21-\\uffff';
const AFTER = `(?![${WORD_CLASS}])`;

/** Whether the UTF-16 code unit is part of a word (see WORD_CLASS). */
export function isWordCode(c: number): boolean {
  if (c < 0xc0) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0xd7 || c === 0xf7) return false;
  return !((c >= 0x2000 && c <= 0x2bff) || (c >= 0x2e00 && c <= 0x2e7f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff20));
}

/**
 * One regex matching any of `sources` (regex fragments over folded text), ending at a word end.
 * Use `nextWord` to read it: the start of a word is checked there, in code, not by a lookbehind.
 * Fragments use only literals, bounded quantifiers and alternation, so matching stays linear.
 */
export function phraseRegex(sources: readonly string[]): RegExp {
  return new RegExp(`(?:${sources.join('|')})${AFTER}`, 'g');
}

/** The next match of a `phraseRegex` (global) in `text` from its lastIndex that starts a word, or null. */
export function nextWord(re: RegExp, text: string): RegExpExecArray | null {
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index === 0 || !isWordCode(text.charCodeAt(m.index - 1))) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** Whether `re` matches a whole word of `text` anywhere. */
export function hasWord(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = nextWord(re, text) !== null;
  re.lastIndex = 0;
  return found;
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
    return new RegExp(`${body}${plural}${AFTER}`, 'g');
  } catch {
    return null; // every syntax character is escaped; this only guards engine limits on odd input
  }
}

/** How often `re` (global) matches `text`, counting at most `max`. */
export function countMatches(re: RegExp, text: string, max = 10_000): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = nextWord(re, text); m !== null && n < max; m = nextWord(re, text)) {
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
  for (let m = nextWord(re, text); m !== null && read < max; m = nextWord(re, text)) {
    read++;
    const phrase = m[0].replace(/\s+/g, ' ');
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return Array.from(counts, ([phrase, count]) => ({ phrase, count })).sort((a, b) => b.count - a.count);
}
