import { describe, expect, it } from 'vitest';
import { allowRule, ANY_HOST, blockRules, PRIVATE_HOST_REGEXES } from '@/lib/guard/dnr-rules';

// The browser matches canonical URLs; `new URL` gives the same canonical form.
const blocked = (url: string) => {
  const href = new URL(url).href;
  const host = new URL(url).hostname;
  const byRegex = PRIVATE_HOST_REGEXES.some((re) => new RegExp(re).test(href));
  const domains = blockRules('ext').flatMap((r) => r.condition.requestDomains ?? []);
  return byRegex || domains.some((d) => host === d || host.endsWith(`.${d}`));
};

describe('network-layer block rules', () => {
  it.each([
    'http://127.0.0.1:8080/x', 'http://0x7f.1/', 'http://2130706433/', 'http://10.1.2.3/', 'http://192.168.1.1/cgi-bin/admin?reboot=0',
    'http://172.16.0.1/', 'http://172.31.255.255/', 'http://169.254.169.254/latest/', 'http://100.64.0.1/', 'http://0.0.0.0:9000/',
    'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[fd00::1]/', 'http://[fe80::1]/', 'http://intranet/', 'http://intranet./x',
    'http://localhost:3000/', 'http://printer.local/', 'http://router.home.arpa/', 'http://db.internal/', 'http://127.0.0.1.nip.io/',
    'http://localtest.me/', 'http://a.b.sslip.io/',
  ])('blocks %s', (url) => {
    expect(blocked(url)).toBe(true);
  });

  it.each(['https://example.com/', 'http://8.8.8.8/', 'http://172.32.0.1/', 'http://100.128.0.1/', 'https://[2001:db8::1]/', 'https://127-news.com/', 'https://10.example.com/'])(
    'lets %s through',
    (url) => {
      expect(blocked(url)).toBe(false);
    },
  );

  it('applies only to the extension\'s own requests outside tabs, and allowances outrank it', () => {
    for (const rule of blockRules('ext')) {
      expect(rule.condition).toMatchObject({ initiatorDomains: ['ext'], tabIds: [-1] });
      expect(rule.action.type).toBe('block');
    }
    const one = allowRule(100, 'ext', '10.0.0.5');
    expect(one.priority).toBeGreaterThan(blockRules('ext')[0]?.priority ?? 0);
    expect(new RegExp(one.condition.regexFilter ?? '').test('http://10.0.0.5:81/')).toBe(true);
    expect(new RegExp(one.condition.regexFilter ?? '').test('http://10.0.0.55/')).toBe(false);
    expect(new RegExp(allowRule(101, 'ext', ANY_HOST).condition.regexFilter ?? '').test('http://192.168.0.1/')).toBe(true);
  });
});
