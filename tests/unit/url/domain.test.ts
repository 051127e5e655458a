import { describe, expect, it } from 'vitest';
import { registrableDomain } from '@/lib/url/domain';
import { approximateSiteDomain, hostOnSite } from '@/lib/url/same-site';

describe('registrableDomain', () => {
  it.each([
    ['https://blog.example.co.uk/x', 'example.co.uk'],
    ['https://www.example.com', 'example.com'],
    ['https://user.github.io/repo', 'user.github.io'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['https://xn--bcher-kva.de/', 'xn--bcher-kva.de'],
    ['not a url', ''],
  ])('%s → %s', (input, expected) => {
    expect(registrableDomain(input)).toBe(expected);
  });
});

describe('hostOnSite', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['www.example.com', 'example.com', true],
    ['a.b.example.com', 'example.com', true],
    ['notexample.com', 'example.com', false],
    ['example.com.evil.org', 'example.com', false],
    ['other.github.io', 'user.github.io', false],
    ['127.0.0.1', '127.0.0.1', true],
    ['127.0.0.2', '127.0.0.1', false],
    ['anything', '', false],
  ])('%s on %s: %s', (host, site, expected) => {
    expect(hostOnSite(host, site)).toBe(expected);
  });
});

describe('approximateSiteDomain', () => {
  it.each([
    ['blog.example.com', 'example.com'],
    ['www.example.co.uk', 'example.co.uk'],
    ['example.com', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, expected) => {
    expect(approximateSiteDomain(host)).toBe(expected);
  });
});
