import { describe, expect, it } from 'vitest';
import { errorText } from '@/lib/text/error-text';

describe('errorText', () => {
  it.each([
    [new Error('disk full'), 'disk full'],
    [new TypeError('bad'), 'bad'],
    ['plain text', 'plain text'],
    [42, '42'],
    [null, 'null'],
    [undefined, 'undefined'],
  ])('%s → %s', (thrown, expected) => {
    expect(errorText(thrown)).toBe(expected);
  });

  it('reads a DOMException, as IndexedDB throws them', () => {
    expect(errorText(new DOMException('quota exceeded', 'QuotaExceededError'))).toBe('quota exceeded');
  });
});
