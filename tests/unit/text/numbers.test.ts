import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount } from '@/lib/text/numbers';

describe('formatCount', () => {
  it('writes whole numbers as toLocaleString("en") does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 100000, 1234567, -1, -1000, -987654]) expect(formatCount(n)).toBe(n.toLocaleString('en'));
    fc.assert(fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), (n) => formatCount(n) === n.toLocaleString('en')));
  });

  it('rounds a fraction to the whole number and leaves non-finite values as they are', () => {
    expect(formatCount(1234.6)).toBe('1,235');
    expect(formatCount(-0.2)).toBe('0');
    expect(formatCount(Number.NaN)).toBe('NaN');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});
