import { toCrlf } from './mailto';

/**
 * Web mail compose pages take the message in the query string; servers refuse request lines much
 * past 8 KB, so a longer link carries the subject only and the body goes to the clipboard.
 */
export const WEB_COMPOSE_SAFE_LENGTH = 8000;

export type OutlookKind = 'office' | 'live';

const q = (value: string) => encodeURIComponent(value);

/**
 * Gmail's compose window. `account` is the signed-in account's number in Gmail's account switcher
 * ("0" is the first) or its address; both work in the `/mail/u/…/` path.
 */
export function gmailComposeUrl(account: string, to: string, subject: string, body?: string): string {
  const who = /^\d{1,2}$/.test(account.trim()) ? account.trim() : q(account.trim() || '0');
  const parts = [`view=cm`, `fs=1`, `to=${q(to.trim())}`, `su=${q(subject)}`];
  if (body) parts.push(`body=${q(toCrlf(body).replace(/\r\n/g, '\n'))}`);
  return `https://mail.google.com/mail/u/${who}/?${parts.join('&')}`;
}

/** Outlook on the web's compose deep link: work and school accounts, or outlook.com accounts. */
export function outlookComposeUrl(kind: OutlookKind, to: string, subject: string, body?: string): string {
  const base = kind === 'live' ? 'https://outlook.live.com/mail/0/deeplink/compose' : 'https://outlook.office.com/mail/deeplink/compose';
  const parts = [`to=${q(to.trim())}`, `subject=${q(subject)}`];
  if (body) parts.push(`body=${q(toCrlf(body).replace(/\r\n/g, '\n'))}`);
  return `${base}?${parts.join('&')}`;
}

export type WebComposePlan =
  | { kind: 'full'; url: string }
  | { kind: 'subject-only'; url: string; clipboard: string; length: number }
  | { kind: 'too-long'; message: string };

/** Applies the length rule to a web compose URL builder. */
export function planWebCompose(build: (body?: string) => string, body: string, service: string): WebComposePlan {
  const full = build(body);
  if (full.length <= WEB_COMPOSE_SAFE_LENGTH) return { kind: 'full', url: full };
  const short = build();
  if (short.length <= WEB_COMPOSE_SAFE_LENGTH) return { kind: 'subject-only', url: short, clipboard: body, length: full.length };
  return { kind: 'too-long', message: `The subject is too long for a ${service} compose link: shorten it.` };
}
