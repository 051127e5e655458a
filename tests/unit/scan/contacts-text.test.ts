import { describe, expect, it } from 'vitest';
import { emailsInText } from '@/lib/scan/contacts-email-text';
import { phonesInText } from '@/lib/scan/contacts-phone';
import { visibleText } from '@/lib/scan/contacts-text';
import { docAt } from '../dom';

const addresses = (text: string): string[] => emailsInText(text).map((e) => e.address);

describe('emailsInText: plain addresses', () => {
  it.each<[string, string, string[]]>([
    ['in a sentence', 'Write to Info@Site.com today.', ['info@site.com']],
    ['at the end of a sentence', 'Our address is hello@site.co.uk.', ['hello@site.co.uk']],
    ['in parentheses', '(sales@site.org)', ['sales@site.org']],
    ['after a colon', 'E-mail:office@site.de, fax below', ['office@site.de']],
    ['several', 'a@site.com; b@site.com', ['a@site.com', 'b@site.com']],
    ['next word capitalised and glued', 'mail info@site.comOur team', ['info@site.com']],
    ['next sentence glued after the dot', 'mail info@site.com.Next time', ['info@site.com']],
    ['year glued', 'contact info@site.com2024 edition', ['info@site.com']],
    ['lowercase glue is dropped, not guessed', 'mail info@site.comour team', []],
    ['retina image name', 'logo@2x.png and icon@3x.webp', []],
    ['placeholder', 'e.g. you@example.com', []],
    ['fediverse handle', 'follow @alice@mastodon.social', []],
    ['URL path handle', 'https://medium.com/@carol', []],
    ['glued blob longer than a local part', `${'x'.repeat(70)}@site.com`, []],
    ['IP literal', 'root@192.0.2.1', []],
    ['unknown long TLD in text', 'me@site.notarealtld', []],
  ])('%s', (_name, text, expected) => expect(addresses(text)).toEqual(expected));

  it('marks plain addresses as not obfuscated', () => {
    expect(emailsInText('a@site.com')).toEqual([{ address: 'a@site.com', obfuscated: false }]);
  });
});

describe('emailsInText: obfuscated addresses', () => {
  it.each<[string, string, string[]]>([
    ['[at] [dot]', 'anna [at] studio [dot] com', ['anna@studio.com']],
    ['(at) (dot)', 'anna(at)studio(dot)com', ['anna@studio.com']],
    ['{at} {dot}', 'anna {at} studio {dot} co {dot} uk', ['anna@studio.co.uk']],
    ['<at> with a literal dot', 'anna <at> studio.org', ['anna@studio.org']],
    ['[AT] capitals', 'Anna [AT] Studio [DOT] Com', ['anna@studio.com']],
    ['[ at ] with inner spaces', 'anna [ at ] studio [ dot ] com', ['anna@studio.com']],
    ['dotted name', 'anna.berg [at] studio [dot] com', ['anna.berg@studio.com']],
    ['placeholder still rejected', 'name [at] domain [dot] com', []],
    ['(at) with a plain dot', 'info (at) site.de', ['info@site.de']],
    ['@ with (dot)', 'info@site(dot)fr', ['info@site.fr']],
    ['German punkt', 'info(at)firma(punkt)de', ['info@firma.de']],
    ['Spanish arroba', 'hola [arroba] empresa [punto] es', ['hola@empresa.es']],
    ['spelled out after an e-mail cue', 'Email: john at gmail dot com', ['john@gmail.com']],
    ['spelled out after "reach"', 'You can reach me at jane.roe at site dot org', ['jane.roe@site.org']],
    ['spelled out in capitals', 'jane AT site DOT org', ['jane@site.org']],
    ['English: look at this dot', 'look at this dot', []],
    ['English: with a TLD-like word', 'Meet me at the dot com party', []],
    ['English after a cue word, stopword domain', 'Email us, we are at the dot com expo', []],
    ['English: no cue word', 'Staying at home dot matrix printers work', []],
    ['spelled with an unknown TLD', 'email: bob at site dot partyzone', []],
    ['brackets without a domain', 'x [at] ', []],
  ])('%s', (_name, text, expected) => expect(addresses(text)).toEqual(expected));

  it('marks them as obfuscated', () => {
    expect(emailsInText('a [at] site [dot] com')).toEqual([{ address: 'a@site.com', obfuscated: true }]);
  });
});

describe('emailsInText: hostile input stays linear', () => {
  it.each([
    ['100k "@"', '@'.repeat(100_000)],
    ['100k "a@"', 'a@'.repeat(50_000)],
    ['100k letters then @', `${'a'.repeat(100_000)}@${'b'.repeat(100_000)}`],
    ['50k " at "', ' at '.repeat(25_000)],
    ['[at] with long labels', 'x [at] '.repeat(10_000) + 'y.'.repeat(10_000)],
    ['dotted runs', `a@${'b.'.repeat(100_000)}`],
  ])('%s', (_name, text) => {
    // generous: a linear scan takes tens of ms here, catastrophic backtracking takes minutes
    const started = performance.now();
    expect(emailsInText(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('phonesInText', () => {
  it.each<[string, string, string[]]>([
    ['international with spaces', 'Call +44 20 7946 0321 today', ['+442079460321']],
    ['international with trunk (0)', 'Tel.: +49 (0)30 1234567', ['+49301234567']],
    ['international with dashes', '+1-555-010-0199', ['+15550100199']],
    ['North American parentheses', 'Call (555) 123-4567.', ['5551234567']],
    ['North American dashes', 'Phone 555-123-4567', ['5551234567']],
    ['North American dots, country code', '1.555.123.4567', ['15551234567']],
    ['labelled national number', 'Tel: 030 1234567', ['0301234567']],
    ['labelled with slash', 'Telefon: 030/1234567', ['0301234567']],
    ['French pairs after a label', 'Téléphone : 01 23 45 67 89', ['0123456789']],
    ['label on the line before', 'Phone\n020 7946 0958', ['02079460958']],
    ['short label with a colon', 'T: 020 7946 0958', ['02079460958']],
    ['two numbers', '+44 20 7946 0321 or (555) 123-4567', ['+442079460321', '5551234567']],
    ['ISO date', 'Published 2024-01-15', []],
    ['European date', 'am 15.01.2024', []],
    ['US date', 'on 12/31/2024', []],
    ['labelled date', 'Tel: 2024-01-15', []],
    ['price with currency before', 'only $1 299 000', []],
    ['price with currency after', 'Tel: 1 299 000 €', []],
    ['decimal price', 'costs 1.299.000,00', []],
    ['ISBN', 'ISBN 978-3-16-148410-0', []],
    ['ISBN after a phone label', 'Phone ISBN 978-3-16-148410-0', []],
    ['postcode', '10115 Berlin', []],
    ['ZIP+4', 'Beverly Hills, CA 90210-1234', []],
    ['long ID', 'Order #1234567890123456789', []],
    ['unlabelled national number', 'Room 030 1234567', []],
    ['IP address', 'Server 192.168.100.200', []],
    ['version string', 'v2.14.1035 and build 2024.01.15.1234', []],
    ['fax', 'Fax: +49 30 1234568', []],
    ['glued to a word', 'ID+442079460321x', []],
    ['"t" ending a word is not a label', "Don't 0301234567", []],
    ['a count in thousands', 'Trusted by +30 000 000 users and +1.500.000 shops', []],
    ['more than 15 digits', '+44 20 7946 0321 1234 5', []],
  ])('%s', (_name, text, expected) => expect(phonesInText(text)).toEqual(expected));

  it('stays linear on 100k digits and separators', () => {
    const started = performance.now();
    expect(phonesInText('1 2-3.4/5('.repeat(10_000) + '9'.repeat(100_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('visibleText', () => {
  const text = (body: string): string => visibleText(docAt('https://site.example/', `<html><body>${body}</body></html>`));

  it('separates blocks so addresses do not glue to the next block', () => {
    const t = text('<div><p>mail info@site.com</p>Our team</div><ul><li>a</li><li>b</li></ul>');
    expect(t).toMatch(/info@site\.com\s+Our team/);
    expect(t).toMatch(/a\s+b/);
  });

  it('keeps inline elements together, so split-up addresses still read as one', () => {
    expect(text('<p><span>info</span>@<b>site</b>.com</p>')).toContain('info@site.com');
  });

  it('breaks lines at <br>', () => {
    expect(text('<p>info@site.com<br>Our team</p>')).toMatch(/info@site\.com\s+Our team/);
  });

  it('skips script, style, noscript, template, textarea and author-hidden elements', () => {
    const t = text(`<p>shown</p><script>var a = "s@x.org"</script><style>.a{}</style><noscript>n@x.org</noscript>
      <template>t@x.org</template><textarea>ta@x.org</textarea><p hidden>h@x.org</p>
      <p style="display: none">d@x.org</p><p style="visibility:hidden">v@x.org</p><p>end</p>`);
    expect(t).toContain('shown');
    expect(t).toContain('end');
    expect(t).not.toMatch(/@x\.org/);
  });

  it('stops at the limit', () => {
    expect(text(`<p>${'a'.repeat(1000)}</p><p>${'b'.repeat(1000)}</p>`).length).toBeLessThan(3000);
    expect(visibleText(docAt('https://site.example/', `<p>${'a'.repeat(1000)}</p>`), 100).replace(/\s/g, '')).toHaveLength(100);
  });

  it('walks deep nesting without recursion', () => {
    const t = text(`${'<div>'.repeat(5000)}deep@site.com${'</div>'.repeat(5000)}`);
    expect(t).toContain('deep@site.com');
  });
});
