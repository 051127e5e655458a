import type { Contact, ScannedLink } from '@/lib/schemas/page-scan';
import { emailsInText } from './contacts-email-text';
import { mailtoAddresses } from './contacts-email';
import { fromBylines } from './contacts-author';
import { fromCloudflare } from './contacts-cloudflare';
import { fromForms } from './contacts-forms';
import { fromJsonLd } from './contacts-jsonld';
import { fromLinks } from './contacts-links';
import { fromMicrodata } from './contacts-microdata';
import { phonesInText } from './contacts-phone';
import { createSink, type ContactSink } from './contacts-sink';
import { pageText } from './text-page';

export interface ContactInput {
  pageUrl: string;
  /** The raw mailto:/tel:/callto:/sms: hrefs the link extractor set aside. */
  contactHrefs: readonly { href: string; el: Element }[];
  /** The page's http(s) links. */
  links: readonly ScannedLink[];
}

function readHrefs(hrefs: readonly { href: string }[], sink: ContactSink): void {
  for (const { href } of hrefs) {
    const scheme = /^\s*([a-z]+):/i.exec(href)?.[1]?.toLowerCase();
    if (scheme === 'mailto') for (const address of mailtoAddresses(href)) sink.email(address, 'mailto link');
    else if (scheme === 'tel' || scheme === 'callto' || scheme === 'sms') sink.phone(href, `${scheme} link`);
  }
}

/** Contacts from mailto:, tel:, callto: and sms: links alone. */
export function contactsFromHrefs(hrefs: readonly { href: string }[]): Contact[] {
  const sink = createSink();
  readHrefs(hrefs, sink);
  return sink.contacts;
}

/**
 * Every contact on the page, each with where it was found: e-mail addresses and phone numbers,
 * social profiles, contact and "write for us" pages, contact forms and authors. Values are
 * normalised and deduplicated by kind and value; the first source wins, and sources run from the
 * most explicit to the most inferred (links, structured data, then text). Pure: DOM in, data out.
 */
export function extractContacts(doc: Document, input: ContactInput): Contact[] {
  const sink = createSink();
  readHrefs(input.contactHrefs, sink);
  fromCloudflare(doc, sink);
  fromJsonLd(doc, sink);
  fromMicrodata(doc, sink);
  const text = pageText(doc).visible;
  for (const { address, obfuscated } of emailsInText(text)) sink.email(address, obfuscated ? 'obfuscated text' : 'page text', true);
  for (const phone of phonesInText(text)) sink.add('phone', phone, 'page text');
  fromLinks(input.links, sink);
  fromForms(doc, input.pageUrl, sink);
  fromBylines(doc, sink);
  return sink.contacts;
}
