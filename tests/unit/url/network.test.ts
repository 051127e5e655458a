import { describe, expect, it } from 'vitest';
import { addressKind, isHttpUrl, isNonPublicHost, networkDescription, networkKind, parseIpv6 } from '@/lib/url/network';

describe('networkKind', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['localhost', 'loopback'],
    ['LOCALHOST.', 'loopback'],
    ['app.localhost', 'loopback'],
    ['[::1]', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.15.0.1', 'public'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['192.169.1.1', 'public'],
    ['100.64.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['[fe80::1]', 'link-local'],
    ['[febf::1]', 'link-local'],
    ['[fec0::1]', 'private'],
    ['[fc00::1]', 'unique-local'],
    ['[fd12:3456::1]', 'unique-local'],
    ['[fe00::1]', 'public'],
    ['0.0.0.0', 'unspecified'],
    ['[::]', 'unspecified'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['[::ffff:c0a8:101]', 'private'],
    ['[::ffff:808:808]', 'public'],
    ['[2001:db8::1]', 'public'],
    ['8.8.8.8', 'public'],
    ['example.com', 'public'],
    ['localhost.example.com', 'public'],
    ['mylocalhost', 'local-name'],
    // Legacy IPv4 spellings reach the same machine, so they are normalised first.
    ['127.1', 'loopback'],
    ['0x7f.0.0.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['3232235777', 'private'],
  ])('%s is %s', (host, kind) => {
    expect(networkKind(host)).toBe(kind);
  });

  it('agrees with the hostnames URL produces', () => {
    for (const url of ['http://[::ffff:10.1.2.3]/', 'http://0177.0.0.1/', 'http://[FE80::abcd]:8080/x', 'https://sub.LOCALHOST/']) {
      expect(isNonPublicHost(new URL(url).hostname)).toBe(true);
    }
    expect(isNonPublicHost(new URL('https://www.example.org/').hostname)).toBe(false);
  });
});

describe('parseIpv6', () => {
  it.each([
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['fe80::', [0xfe80, 0, 0, 0, 0, 0, 0, 0]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['::ffff:1.2.3.4', [0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]],
    ['1::2:3', [1, 0, 0, 0, 0, 0, 2, 3]],
  ])('%s', (text, groups) => {
    expect(parseIpv6(text)).toEqual(groups);
  });

  it.each(['1:2:3', '1::2::3', 'g::1', '1:2:3:4:5:6:7:8:9', '::ffff:1.2.3.400', '12345::1'])('rejects %s', (text) => {
    expect(parseIpv6(text)).toBeNull();
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://example.com/', true],
    ['http://127.0.0.1:8080/x', true],
    ['HTTP://EXAMPLE.COM', true],
    ['ftp://example.com/', false],
    ['mailto:a@b.c', false],
    ['javascript:alert(1)', false],
    ['/relative/path', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});

describe('names that lead inside a network', () => {
  it.each([
    'intranet', 'printer.local', 'router.home.arpa', 'db.internal', 'nas.lan', 'mail.corp', 'box.localdomain',
    'evil.example', 'site.test', 'wiki.intranet', 'x.home', 'a.b.zz',
    // Wildcard-DNS services answer with the address written in the name, or always with loopback.
    '127.0.0.1.nip.io', 'app.10-0-0-1.sslip.io', 'localtest.me', 'sub.localtest.me', 'lvh.me', 'x.traefik.me',
    '7f000001.c0a80001.rbndr.us',
    // Any public zone can publish a name for a private address; names that say so are believed.
    '192.168.1.1.example.com', 'host-10-1-2-3.example.net', 'ip-7f000001.example.org',
  ])('%s is a local name', (host) => {
    expect(networkKind(host)).toBe('local-name');
    expect(isNonPublicHost(host)).toBe(true);
  });

  it.each(['example.com', 'www.example.co.uk', 'user.github.io', 'blog.example.io', '8.8.8.8.example.com', 'host-8-8-8-8.example.net', 'cafe1234.example.org'])(
    '%s is public',
    (host) => {
      expect(networkKind(host)).toBe('public');
    },
  );

  it('says why', () => {
    expect(networkDescription('printer.local')).toMatch(/\.local names only resolve inside a network/);
    expect(networkDescription('127.0.0.1.nip.io')).toMatch(/nip\.io answers with the address/);
    expect(networkDescription('10.0.0.1')).toBe('10.0.0.1 is a private address');
    expect(networkDescription('example.com')).toBeNull();
  });
});

describe('addressKind', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['10.1.2.3', 'private'], ['::1', 'loopback'], ['[fe80::1]', 'link-local'],
    ['fd00::5', 'unique-local'], ['93.184.216.34', 'public'], ['2606:2800:220:1::', 'public'], ['::ffff:192.168.0.1', 'private'],
  ])('%s is %s', (ip, kind) => {
    expect(addressKind(ip)).toBe(kind);
  });
});
