import { describe, expect, it } from 'vitest';
import { counted, plural } from '@/lib/text/plural';

describe('plural', () => {
  it.each([
    [0, 'link', undefined, 'links'],
    [1, 'link', undefined, 'link'],
    [2, 'link', undefined, 'links'],
    [1, 'entry', 'entries', 'entry'],
    [3, 'entry', 'entries', 'entries'],
    [-1, 'link', undefined, 'links'],
  ])('%i %s → %s', (n, one, many, expected) => {
    expect(plural(n, one, many)).toBe(expected);
  });
});

describe('counted', () => {
  it.each([
    [1, 'prospect', '1 prospect'],
    [0, 'prospect', '0 prospects'],
    [1204, 'prospect', '1,204 prospects'],
  ])('%i %s → %s', (n, word, expected) => {
    expect(counted(n, word)).toBe(expected);
  });
});
