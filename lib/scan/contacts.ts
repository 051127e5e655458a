import type { Contact, ScannedLink } from '@/lib/schemas/page-scan';

/** Every contact on the page, each with where it was found. (In progress: mailto/tel only so far.) */
export function extractContacts(
  _doc: Document,
  input: { pageUrl: string; contactHrefs: readonly { href: string; el: Element }[]; links: readonly ScannedLink[] },
): Contact[] {
  return contactsFromHrefs(input.contactHrefs);
}

/** Contacts from mailto: and tel: links. */
export function contactsFromHrefs(hrefs: readonly { href: string }[]): Contact[] {
  const out: Contact[] = [];
  const seen = new Set<string>();
  const add = (c: Contact): void => {
    const id = `${c.kind}:${c.value}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push(c);
  };
  for (const { href } of hrefs) {
    const colon = href.indexOf(':');
    const scheme = href.slice(0, colon).toLowerCase();
    const rest = href.slice(colon + 1).split('?')[0] ?? '';
    if (scheme === 'mailto') {
      for (const part of safeDecode(rest).split(',')) {
        const angle = /<([^>]+)>/.exec(part);
        const address = (angle?.[1] ?? part).trim().toLowerCase();
        if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) add({ kind: 'email', value: address, source: 'mailto link' });
      }
    } else {
      const number = safeDecode(rest).replace(/[^\d+]/g, '');
      if (number.replace(/\D/g, '').length >= 5) add({ kind: 'phone', value: number, source: 'tel link' });
    }
  }
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
