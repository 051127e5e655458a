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

function globToRegExp(glob: string): RegExp {
  const body = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/** Compiles patterns once; invalid ones are dropped (check them with `exclusionPatternProblem`). */
export function compileExclusions(patterns: readonly string[]): (url: string) => string | null {
  const valid = patterns.map((p) => p.trim()).filter((p) => exclusionPatternProblem(p) === null);
  const tests = valid.map((pattern) => {
    if (!pattern.includes('*')) {
      const needle = pattern.toLowerCase();
      return { pattern, test: (url: string) => url.toLowerCase().includes(needle) };
    }
    const re = globToRegExp(pattern);
    return { pattern, test: (url: string) => re.test(url) || re.test(url.replace(/^https?:\/\//i, '')) };
  });
  return (url) => tests.find((t) => t.test(url))?.pattern ?? null;
}
