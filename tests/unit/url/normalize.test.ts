import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '@/lib/url/normalize';

describe('normalizeUrl', () => {
  it.each([
    ['https://Example.COM/Path', 'https://example.com/Path'],
    ['http://example.com/a', 'https://example.com/a'],
    ['https://www.example.com/a', 'https://example.com/a'],
    ['https://www2.example.com/a', 'https://www2.example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:80/a', 'https://example.com/a'],
    ['https://example.com:8443/a', 'https://example.com:8443/a'],
    ['https://example.com/a#section', 'https://example.com/a'],
    ['https://example.com/a/', 'https://example.com/a'],
    ['https://example.com/a//', 'https://example.com/a'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com./a', 'https://example.com/a'],
    ['https://user:pw@example.com/a', 'https://example.com/a'],
    ['https://example.com/a?utm_source=x&utm_MEDIUM=y&b=2&a=1', 'https://example.com/a?a=1&b=2'],
    ['https://example.com/a?gclid=1&fbclid=2&msclkid=3', 'https://example.com/a'],
    ['https://example.com/a?z=1&a=2&z=0', 'https://example.com/a?a=2&z=1&z=0'],
    ['https://example.com/a?', 'https://example.com/a'],
    ['  https://example.com/a  ', 'https://example.com/a'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it.each(['not a url', 'ftp://example.com/file', 'mailto:a@b.com', 'javascript:alert(1)', ''])('%s → null', (input) => {
    expect(normalizeUrl(input)).toBeNull();
  });
});

describe('normalizeUrl rejects hosts a browser parser lets through', () => {
  it.each(['https://not a url/', 'http://exa mple.com/x', 'https://a<b>.com/'])('%s', (raw) => {
    expect(normalizeUrl(raw)).toBeNull();
  });
  it.each([['https://[2001:db8::1]/x', 'https://[2001:db8::1]/x'], ['http://my_host.local/', 'https://my_host.local/']])('keeps %s', (raw, out) => {
    expect(normalizeUrl(raw)).toBe(out);
  });
});
