import type { Contact } from '@/lib/schemas/page-scan';

/** Contacts from mailto: and tel: links. The fuller extractor builds on this. */
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
