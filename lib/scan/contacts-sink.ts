import type { Contact, ContactKind } from '@/lib/schemas/page-scan';
import { normaliseEmail } from './contacts-email';
import { normalisePhone, samePhone } from './contacts-phone';
import { socialProfile } from './contacts-social';

/**
 * A page listing thousands of addresses still yields a bounded scan. Capped per kind, so a
 * directory of profiles cannot crowd out the site's own contact page.
 */
export const MAX_PER_KIND = 200;
const MAX_AUTHOR = 80;

/**
 * Collects contacts, normalising each value and dropping duplicates by kind and value. The first
 * source wins: extractors run from the most explicit (mailto links, structured data) to the most
 * inferred (text), so a contact keeps the most telling source.
 */
export interface ContactSink {
  add(kind: ContactKind, value: string, source: string): void;
  email(raw: string, source: string, textTld?: boolean): void;
  phone(raw: string, source: string): void;
  /** Adds the URL as a social contact when it is a profile on a known network. */
  social(url: string, source: string): void;
  author(raw: string, source: string): void;
  readonly contacts: Contact[];
}

/** "By", and its lowercase equivalents elsewhere (capitalised, "Di"/"Von" begin real names). */
const BYLINE_PREFIX = /^(?:(?:[Ww]ritten|[Pp]osted) by|[Bb]y|BY|von|par|por|di|door)\s*:?\s+/;
/** What follows a name in a byline: a separator, or a date. */
const BYLINE_TAIL = /\s+[|·•—–-]\s|,|\n|\s(?:on|am|le|el|il|op|em|updated|published)\s/i;

/** A person's name from a byline or meta tag, or null when the text does not look like one. */
export function authorName(raw: string): string | null {
  const collapsed = raw.slice(0, 400).replace(/[ \t\r\f]+/g, ' ').trim().replace(BYLINE_PREFIX, '');
  const tail = BYLINE_TAIL.exec(collapsed);
  const name = (tail ? collapsed.slice(0, tail.index) : collapsed).replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > MAX_AUTHOR || !/\p{L}/u.test(name)) return null;
  if (/[@<>{}]|:\/\/|^www\.|\.(?:com|org|net)$/i.test(name) || name.split(' ').length > 6) return null;
  return name;
}

export function createSink(): ContactSink {
  const contacts: Contact[] = [];
  const seen = new Set<string>();
  const counts = new Map<ContactKind, number>();
  /** A number already listed in its other (national or international) form: keep one, the international. */
  const knownPhone = (value: string): boolean => {
    const twin = contacts.find((c) => c.kind === 'phone' && samePhone(c.value, value));
    if (!twin) return false;
    if (value.startsWith('+') && !twin.value.startsWith('+')) {
      seen.add(`phone\n${value}`);
      twin.value = value;
    }
    return true;
  };
  const add = (kind: ContactKind, value: string, source: string): void => {
    const count = counts.get(kind) ?? 0;
    const id = `${kind}\n${value}`;
    if (count >= MAX_PER_KIND || seen.has(id)) return;
    if (kind === 'phone' && knownPhone(value)) return;
    seen.add(id);
    counts.set(kind, count + 1);
    contacts.push({ kind, value, source });
  };
  return {
    add,
    email(raw, source, textTld = false) {
      const value = normaliseEmail(raw, textTld);
      if (value) add('email', value, source);
    },
    phone(raw, source) {
      const value = normalisePhone(raw);
      if (value) add('phone', value, source);
    },
    social(url, source) {
      const value = socialProfile(url);
      if (value) add('social', value, source);
    },
    author(raw, source) {
      const value = authorName(raw);
      if (value) add('author', value, source);
    },
    contacts,
  };
}
