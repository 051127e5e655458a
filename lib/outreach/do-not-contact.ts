import type { DoNotContact, DoNotContactKind } from '@/lib/schemas/outreach';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export type ParsedEntry = { ok: true; kind: DoNotContactKind; value: string } | { ok: false; message: string };

/** Reads what the user typed: an address, or a domain written bare or as a URL ("www." dropped). */
export function parseDoNotContact(input: string): ParsedEntry {
  const raw = input.trim().toLowerCase().replace(/^mailto:/, '');
  if (!raw) return { ok: false, message: 'Enter a domain (example.com) or an e-mail address.' };
  if (raw.includes('@')) {
    return EMAIL.test(raw) ? { ok: true, kind: 'email', value: raw } : { ok: false, message: `"${input.trim()}" is not an e-mail address.` };
  }
  let host: string;
  try {
    host = new URL(raw.includes('://') ? raw : `https://${raw}`).hostname;
  } catch {
    return { ok: false, message: `"${input.trim()}" is not a domain or an e-mail address.` };
  }
  host = host.replace(/^www\./, '');
  return HOST.test(host) ? { ok: true, kind: 'domain', value: host } : { ok: false, message: `"${input.trim()}" is not a domain or an e-mail address.` };
}

const domainCovers = (listed: string, host: string) => host === listed || host.endsWith(`.${listed}`);

/** The entry that forbids contacting this site or any of these addresses, or null. */
export function blockingEntry(entries: readonly DoNotContact[], target: { domain: string; emails: readonly string[] }): DoNotContact | null {
  const domain = target.domain.toLowerCase();
  const emails = target.emails.map((e) => e.trim().toLowerCase());
  for (const entry of entries) {
    if (entry.kind === 'domain') {
      if (domainCovers(entry.value, domain) || emails.some((e) => domainCovers(entry.value, e.split('@')[1] ?? ''))) return entry;
    } else if (emails.includes(entry.value)) return entry;
  }
  return null;
}

export function blockMessage(entry: DoNotContact): string {
  const what = entry.kind === 'domain' ? `the domain ${entry.value}` : entry.value;
  return `Do not contact: ${what} is on your do-not-contact list${entry.reason ? ` (${entry.reason})` : ''}. Compose is blocked.`;
}
