import { describe, expect, it } from 'vitest';
import { encodeMailtoValue, mailtoUrl, MAILTO_SAFE_LENGTH, planMailto } from '@/lib/outreach/mailto';
import { gmailComposeUrl, outlookComposeUrl, WEB_COMPOSE_SAFE_LENGTH } from '@/lib/outreach/compose-urls';
import { bodyFitsNoLink, planRoutes } from '@/lib/outreach/routes';

describe('mailto (RFC 6068)', () => {
  it('encodes spaces as %20, never +, and line breaks as %0D%0A', () => {
    expect(encodeMailtoValue('a b+c')).toBe('a%20b%2Bc');
    expect(encodeMailtoValue('one\ntwo\r\nthree\rfour')).toBe('one%0D%0Atwo%0D%0Athree%0D%0Afour');
    expect(encodeMailtoValue('é & ? # =')).toBe('%C3%A9%20%26%20%3F%20%23%20%3D');
  });

  it('builds the link with the address readable', () => {
    expect(mailtoUrl('maya@rooftophive.example', 'Hi there', 'Line 1\nLine 2')).toBe(
      'mailto:maya@rooftophive.example?subject=Hi%20there&body=Line%201%0D%0ALine%202',
    );
    expect(mailtoUrl('a+b@x.example', 'S')).toBe('mailto:a%2Bb@x.example?subject=S');
  });

  it('keeps a short message whole, moves a long body to the clipboard, refuses a huge subject', () => {
    expect(planMailto('a@b.example', 'S', 'short')).toEqual({ kind: 'full', url: 'mailto:a@b.example?subject=S&body=short' });
    const body = 'word '.repeat(500);
    const plan = planMailto('a@b.example', 'S', body);
    expect(plan).toMatchObject({ kind: 'subject-only', url: 'mailto:a@b.example?subject=S', clipboard: body });
    expect(plan.kind === 'subject-only' && plan.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
    expect(planMailto('a@b.example', 'x'.repeat(MAILTO_SAFE_LENGTH), '').kind).toBe('too-long');
  });

  it('switches at exactly the safe length', () => {
    const base = mailtoUrl('a@b.example', 'S', '').length + '&body='.length;
    expect(planMailto('a@b.example', 'S', 'x'.repeat(MAILTO_SAFE_LENGTH - base)).kind).toBe('full');
    expect(planMailto('a@b.example', 'S', 'x'.repeat(MAILTO_SAFE_LENGTH - base + 1)).kind).toBe('subject-only');
  });
});

describe('web mail compose URLs', () => {
  it('opens Gmail for the chosen account, by number or address', () => {
    const url = new URL(gmailComposeUrl('1', 'maya@x.example', 'Hi & bye', 'a b\r\nc'));
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/1/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ view: 'cm', fs: '1', to: 'maya@x.example', su: 'Hi & bye', body: 'a b\nc' });
    expect(gmailComposeUrl('1', 'a@x.example', 'a b')).toContain('su=a%20b');
    expect(gmailComposeUrl('me@gmail.com', 'a@x.example', 'S')).toMatch(/^https:\/\/mail\.google\.com\/mail\/u\/me%40gmail\.com\/\?/);
    expect(gmailComposeUrl('', 'a@x.example', 'S')).toMatch(/\/mail\/u\/0\//);
  });

  it('opens Outlook on the web, work or personal', () => {
    const office = new URL(outlookComposeUrl('office', 'maya@x.example', 'Hi', 'Body'));
    expect(office.origin + office.pathname).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(Object.fromEntries(office.searchParams)).toEqual({ to: 'maya@x.example', subject: 'Hi', body: 'Body' });
    expect(outlookComposeUrl('live', 'a@x.example', 'S')).toBe('https://outlook.live.com/mail/0/deeplink/compose?to=a%40x.example&subject=S');
  });
});

describe('route plans', () => {
  const account = { gmailAccount: '0', outlook: 'office' as const };

  it('opens every route with the whole message when it is short', () => {
    const plans = planRoutes('a@b.example', 'S', 'Body', account);
    expect(plans.map((p) => [p.route, p.kind])).toEqual([['gmail', 'open'], ['outlook', 'open'], ['mailto', 'open'], ['copy', 'copy']]);
    expect(plans.every((p) => p.kind !== 'open' || p.clipboard === null)).toBe(true);
    expect(bodyFitsNoLink(plans)).toBe(false);
  });

  it('sends a body between the two limits to the clipboard for mailto only', () => {
    const plans = planRoutes('a@b.example', 'S', 'x'.repeat(3000), account);
    expect(plans.find((p) => p.route === 'gmail')).toMatchObject({ kind: 'open', clipboard: null });
    expect(plans.find((p) => p.route === 'mailto')).toMatchObject({ kind: 'open', clipboard: 'x'.repeat(3000) });
  });

  it('says when no link can carry the body', () => {
    const plans = planRoutes('a@b.example', 'S', 'é'.repeat(WEB_COMPOSE_SAFE_LENGTH), account);
    expect(bodyFitsNoLink(plans)).toBe(true);
    expect(plans.find((p) => p.route === 'copy')).toMatchObject({ kind: 'copy', clipboard: `Subject: S\n\n${'é'.repeat(WEB_COMPOSE_SAFE_LENGTH)}` });
  });
});
