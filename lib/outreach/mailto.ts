import { formatCount } from '@/lib/text/numbers';
/**
 * Chrome ignores mailto: links longer than about 2,000 characters, and other browsers and mail
 * apps cut them in various places; below this length every route we know of works.
 */
export const MAILTO_SAFE_LENGTH = 2000;

/** Line breaks as CRLF, which RFC 6068 requires inside a mailto body. */
export function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/**
 * Percent-encodes a header value for RFC 6068: spaces are %20 (never "+", which mail apps show
 * as a plus sign) and line breaks %0D%0A.
 */
export function encodeMailtoValue(value: string): string {
  return encodeURIComponent(toCrlf(value));
}

/** An address for the `to` part: "@" stays readable, everything else that needs it is encoded. */
export function encodeAddress(address: string): string {
  return encodeURIComponent(address.trim()).replace(/%40/g, '@');
}

export function mailtoUrl(to: string, subject: string, body?: string): string {
  const query = [`subject=${encodeMailtoValue(subject)}`];
  if (body !== undefined && body !== '') query.push(`body=${encodeMailtoValue(body)}`);
  return `mailto:${encodeAddress(to)}?${query.join('&')}`;
}

export type MailtoPlan =
  | { kind: 'full'; url: string }
  /** The body goes to the clipboard; the link carries the address and subject only. */
  | { kind: 'subject-only'; url: string; clipboard: string; length: number }
  | { kind: 'too-long'; message: string };

/** The mailto: link for a message, following the safe-length rule. */
export function planMailto(to: string, subject: string, body: string): MailtoPlan {
  const full = mailtoUrl(to, subject, body);
  if (full.length <= MAILTO_SAFE_LENGTH) return { kind: 'full', url: full };
  const short = mailtoUrl(to, subject);
  if (short.length <= MAILTO_SAFE_LENGTH) return { kind: 'subject-only', url: short, clipboard: body, length: full.length };
  return {
    kind: 'too-long',
    message: `Even without the body, the mail-app link would be ${formatCount(short.length)} characters (the safe limit is ${formatCount(MAILTO_SAFE_LENGTH)}): shorten the subject.`,
  };
}
