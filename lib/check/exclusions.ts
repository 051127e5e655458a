/**
 * User exclusion patterns. A pattern with `*` is a glob over the whole URL (with or without its
 * scheme): `*.example.com/*`, `https://shop.example.com/*`. Without `*` it is a case-insensitive
 * substring: `/tag/`, `example.org`.
 */
const MAX_PATTERN_LENGTH = 500;

/** Why a pattern is unusable, or null when it is fine. */
export function exclusionPatternProblem(pattern: string): string | null {
  const p = pattern.trim();
  if (p === '') return 'the pattern is empty';
  if (p.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\s/.test(p)) return 'the pattern contains spaces; URLs never do';
  if (/^\**$/.test(p)) return 'the pattern would exclude every link';
  return null;
}

/**
 * A glob matcher that runs in time linear in the URL: the first part must start it, the last
 * must end it, and the parts between are found left to right (the leftmost place is always
 * right for `*`-only globs). A regular expression with several `.*` backtracks polynomially on a
 * long URL that almost matches.
 */
export function globMatcher(glob: string): (text: string) => boolean {
  const parts = glob.toLowerCase().split('*');
  const first = parts[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1] ?? '') : '';
  const middle = parts.slice(1, -1);
  return (input) => {
    const text = input.toLowerCase();
    if (parts.length === 1) return text === first;
    if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
    let at = first.length;
    const end = text.length - last.length;
    for (const part of middle) {
      const found = text.indexOf(part, at);
      if (found < 0 || found + part.length > end) return false;
      at = found + part.length;
    }
    return true;
  };
}

/** Compiles patterns once; invalid ones are dropped (check them with `exclusionPatternProblem`). */
export function compileExclusions(patterns: readonly string[]): (url: string) => string | null {
  const valid = patterns.map((p) => p.trim()).filter((p) => exclusionPatternProblem(p) === null);
  const tests = valid.map((pattern) => {
    if (!pattern.includes('*')) {
      const needle = pattern.toLowerCase();
      return { pattern, test: (url: string) => url.toLowerCase().includes(needle) };
    }
    const matches = globMatcher(pattern);
    return { pattern, test: (url: string) => matches(url) || matches(url.replace(/^https?:\/\//i, '')) };
  });
  return (url) => tests.find((t) => t.test(url))?.pattern ?? null;
}
