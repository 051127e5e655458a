import { describe, expect, it } from 'vitest';
import { decodeCfEmail } from '@/lib/scan/contacts-cloudflare';
import { cutGluedDomain, mailtoAddresses, normaliseEmail } from '@/lib/scan/contacts-email';
import { contactsFromHrefs } from '@/lib/scan/contacts';

describe('normaliseEmail', () => {
  const accepted: [string, string][] = [
    ['Info@Site.COM', 'info@site.com'],
    ['  first.last+tag@sub.site.co.uk ', 'first.last+tag@sub.site.co.uk'],
    ['mailto:hello@site.org', 'hello@site.org'],
    ['o\'brien@site.ie', 'o\'brien@site.ie'],
    ['editor@rooftophive.example', 'editor@rooftophive.example'],
    ['team@xn--bcher-kva.de', 'team@xn--bcher-kva.de'],
    ['press@studio.photography', 'press@studio.photography'],
  ];
  it.each(accepted)('accepts %s', (raw, expected) => expect(normaliseEmail(raw)).toBe(expected));

  const rejected: [string, string][] = [
    ['retina image', 'logo@2x.png'],
    ['retina webp', 'icon@3x.webp'],
    ['stylesheet name', 'main@1.2.css'],
    ['example.com placeholder', 'you@example.com'],
    ['example.org placeholder', 'info@example.org'],
    ['example subdomain', 'a@mail.example.net'],
    ['domain.com placeholder', 'info@domain.com'],
    ['email.com placeholder', 'someone@email.com'],
    ['yourdomain placeholder', 'hello@yourdomain.co.uk'],
    ['placeholder mailbox', 'your.name@realsite.com'],
    ['sentry DSN', '4f1c0a9b8e7d6c5b4a39281706f5e4d3@o123456.ingest.sentry.io'],
    ['wixpress tracker', '605a7baede844d278b89dc95ae0a9123@sentry-next.wixpress.com'],
    ['hex key local part', '0123456789abcdef01234567@mail.site.com'],
    ['local part over 64', `${'a'.repeat(65)}@site.com`],
    ['IPv4 literal', 'root@192.0.2.1'],
    ['bracketed IP literal', 'admin@[192.0.2.1]'],
    ['no TLD', 'user@localhost'],
    ['numeric TLD', 'user@site.123'],
    ['label with leading hyphen', 'user@-site.com'],
    ['double dot in local part', 'a..b@site.com'],
    ['leading dot', '.a@site.com'],
    ['two @', 'a@b@site.com'],
    ['space inside', 'a b@site.com'],
    ['empty local', '@site.com'],
    ['huge input', `${'a'.repeat(100_000)}@site.com`],
  ];
  it.each(rejected)('rejects %s', (_name, raw) => expect(normaliseEmail(raw)).toBeNull());

  it.each([
    ['info@site.comour', null],
    ['info@site.community', 'info@site.community'],
    ['info@site.de', 'info@site.de'],
    ['info@site.zz', 'info@site.zz'],
    ['info@site.xn--p1ai', 'info@site.xn--p1ai'],
  ])('in text, asks for a known TLD: %s', (raw, expected) => expect(normaliseEmail(raw, true)).toBe(expected));

  it('accepts any alphabetic TLD outside running text', () => {
    expect(normaliseEmail('info@site.comour')).toBe('info@site.comour');
  });
});

describe('cutGluedDomain', () => {
  it.each([
    ['site.comOur', 'site.com'],
    ['site.com2024', 'site.com'],
    ['site.com.Next', 'site.com'],
    ['site.com', 'site.com'],
    ['Site.Com', 'Site.Com'],
    ['SITE.COM', 'SITE.COM'],
    ['site.xn--p1ai', 'site.xn--p1ai'],
    ['sub.site.co.uk', 'sub.site.co.uk'],
  ])('%s → %s', (domain, expected) => expect(cutGluedDomain(domain)).toBe(expected));
});

describe('mailtoAddresses', () => {
  it.each<[string, string, string[]]>([
    ['plain', 'mailto:a@x.org', ['a@x.org']],
    ['query dropped', 'mailto:a@x.org?subject=Hi%20there&body=b@y.org', ['a@x.org']],
    ['two addresses', 'mailto:a@x.org,b@y.org', ['a@x.org', 'b@y.org']],
    ['semicolon list', 'mailto:a@x.org; b@y.org', ['a@x.org', 'b@y.org']],
    ['display name', 'mailto:Name <a@x.org>', ['a@x.org']],
    ['encoded display name', 'mailto:Studio%20Desk%20%3Cs@x.org%3E', ['s@x.org']],
    ['percent-encoded @', 'mailto:info%40x.org', ['info@x.org']],
    ['to= header', 'mailto:?to=a@x.org&cc=c@z.org', ['a@x.org']],
    ['uppercase scheme, slashes', 'MAILTO://a@x.org', ['a@x.org']],
    ['malformed escape', 'mailto:a%zz@x.org', ['a%zz@x.org']],
    ['empty', 'mailto:', []],
  ])('%s', (_name, href, expected) => expect(mailtoAddresses(href)).toEqual(expected));
});

describe('contactsFromHrefs', () => {
  it('turns mailto and tel hrefs into normalised, deduplicated contacts', () => {
    expect(
      contactsFromHrefs([
        { href: 'mailto:Info@X.org,b@y.org?subject=x' },
        { href: 'mailto:info@x.org' },
        { href: 'mailto:logo@2x.png' },
        { href: 'tel:+44 (0)20 7946-0321' },
        { href: 'tel:0044 20 7946 0321' },
        { href: 'tel:+1-555-010-0199;ext=12' },
        { href: 'sms:+15550100142?body=hi' },
        { href: 'callto:skype.name' },
        { href: 'tel:1-800-FLOWERS' },
        { href: 'tel:12' },
      ]),
    ).toEqual([
      { kind: 'email', value: 'info@x.org', source: 'mailto link' },
      { kind: 'email', value: 'b@y.org', source: 'mailto link' },
      { kind: 'phone', value: '+442079460321', source: 'tel link' },
      { kind: 'phone', value: '+15550100199', source: 'tel link' },
      { kind: 'phone', value: '+15550100142', source: 'sms link' },
    ]);
  });
});

describe('decodeCfEmail', () => {
  it.each([
    ['5a2a283f29291a3435282e322d33343e3d3b283e3f34743f223b372a363f', 'press@northwindgarden.example'],
    ['3C56535E4F7C52534E48544B5552585B5D4E5859521259445D514C5059', 'jobs@northwindgarden.example'],
  ])('decodes %s', (hex, expected) => expect(decodeCfEmail(hex)).toBe(expected));

  it.each([
    ['odd length', '5a2a2'],
    ['not hex', '5a2g28'],
    ['key only', '5a'],
    ['invalid UTF-8 after XOR', '00ff'],
    ['too long', 'ab'.repeat(1000)],
  ])('rejects %s', (_name, hex) => expect(decodeCfEmail(hex)).toBeNull());
});
