import { describe, expect, it } from 'vitest';
import { countSites } from '@/lib/scan/site-domains';

describe('countSites', () => {
  it('counts subdomains of one site once', () => {
    expect(countSites(['a.example.com', 'b.example.com', 'example.com', 'shop.example.co.uk', 'example.co.uk', 'other.org'])).toBe(3);
  });

  it('counts nothing for no hosts, and keeps IP hosts apart', () => {
    expect(countSites([])).toBe(0);
    expect(countSites(['192.0.2.1', '192.0.2.2', 'localhost'])).toBe(3);
  });

  it('gives the same answer when asked again in the same task', () => {
    const hosts = ['www.a.com', 'blog.a.com', 'b.net'];
    expect(countSites(hosts)).toBe(2);
    expect(countSites(hosts.concat('c.org'))).toBe(3);
  });
});
