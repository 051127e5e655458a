import { NOT_THE_AUTHOR } from './contacts-author';
import { mailtoAddresses } from './contacts-email';
import type { ContactSink } from './contacts-sink';

const MAX_PROPS = 2_000;
const SOURCE = 'microdata';
const WANTED = /(?:^|\s)(?:email|telephone|sameAs|author)(?:\s|$)/i;

/** A microdata property's value as the spec reads it: `content`, then the URL of links, then the text. */
function propValue(el: Element): string {
  const content = el.getAttribute('content');
  if (content !== null) return content;
  const tag = el.localName;
  if (tag === 'a' || tag === 'link' || tag === 'area') return el.getAttribute('href') ?? '';
  return (el.textContent ?? '').slice(0, 500);
}

function absolute(value: string, base: string): string | null {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null; // not a URL, so not a profile
  }
}

/** Contacts in schema.org microdata: `itemprop` email, telephone, sameAs and author. */
export function fromMicrodata(doc: Document, sink: ContactSink): void {
  const props = doc.querySelectorAll('[itemprop]');
  for (let i = 0; i < props.length && i < MAX_PROPS; i++) {
    const el = props[i] as Element;
    const names = el.getAttribute('itemprop') ?? '';
    if (!WANTED.test(names)) continue;
    for (const name of names.toLowerCase().split(/\s+/)) {
      if (name === 'email') {
        const value = propValue(el);
        for (const address of /^\s*mailto:/i.test(value) ? mailtoAddresses(value) : [value]) sink.email(address, SOURCE);
      } else if (name === 'telephone') {
        sink.phone(propValue(el), SOURCE);
      } else if (name === 'sameas') {
        const url = absolute(propValue(el), el.baseURI);
        if (url) sink.social(url, SOURCE);
      } else if (name === 'author' && !el.closest(NOT_THE_AUTHOR)) {
        const nameEl = el.hasAttribute('itemscope') ? el.querySelector('[itemprop~="name"]') : null;
        sink.author(nameEl ? propValue(nameEl) : propValue(el), SOURCE);
      }
    }
  }
}
