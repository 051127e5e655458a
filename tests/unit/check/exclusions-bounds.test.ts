import { describe, expect, it } from 'vitest';
import { compileExclusions, globMatcher } from '@/lib/check/exclusions';
import { MAX_URL_LENGTH, skipReason } from '@/lib/check/safety';

// A link a hostile page can write: many "/tag/" and "/page/" pieces that almost match the glob.
const hostile = `https://example.com/${'tag/x/page/'.repeat(17_500)}`; // ≈192 KB

describe('exclusion globs on hostile URLs', () => {
  it('match in one pass: a pattern with several stars against a 192 KB URL returns at once', () => {
    const excluded = compileExclusions(['*/tag/*/page/*/never-there']);
    const started = performance.now();
    expect(excluded(hostile)).toBeNull();
    // A backtracking regular expression took tens of seconds here; the bound is only a safety net.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each([
    ['*/tag/*/page/*', 'https://example.com/tag/seo/page/2', true],
    ['*/tag/*/page/*', 'https://example.com/tag/seo/', false],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['*ab*ab*', 'xxabyyab', true],
    ['*ab*ab*', 'xxaab', false],
    ['ab*', 'AB', true],
  ])('%s on %s is %s', (glob, text, expected) => {
    expect(globMatcher(glob)(text)).toBe(expected);
  });

  it('never checks a URL over the length cap, whatever the patterns', () => {
    expect(skipReason(hostile)).toMatch(/URL too long/);
    expect(skipReason(`https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`)).toMatch(/URL too long/);
    expect(skipReason(`https://example.com/${'a'.repeat(1000)}`)).toBeNull();
  });
});
