import { describe, expect, it } from 'vitest';
import { urlKey } from '@/lib/url/key';

describe('urlKey', () => {
  it.each([
    ['https://a.org/x#frag', 'https://a.org/x'],
    ['https://a.org/x#', 'https://a.org/x'],
    ['https://a.org/x', 'https://a.org/x'],
    ['https://a.org', 'https://a.org/'],
    ['HTTPS://A.ORG/x?q=1#top', 'https://a.org/x?q=1'],
    ['https://a.org/x?q=#y#z', 'https://a.org/x?q='],
    ['https://a.org/#/route', 'https://a.org/'],
    ['http://127.0.0.1:8080/p#a', 'http://127.0.0.1:8080/p'],
    ['not a url', 'not a url'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(urlKey(input)).toBe(expected);
  });

  it('gives the same key for a parsed URL and its text', () => {
    for (const text of ['https://a.org/x#frag', 'https://b.org/a b?c=d#e', 'https://c.org/%7Euser#']) {
      expect(urlKey(new URL(text))).toBe(urlKey(text));
    }
  });
});
