import type { Evidence } from './kind-phrases';
import { BOILERPLATE, type PageText } from './text-page';

const COMMENT_AREA = '#comments, #respond, [id*="comment" i], [class*="comment" i], [action*="comment" i], [class*="reply" i]';
const EMAIL_FIELD = 'input[type="email" i], input[name*="mail" i], input[id*="mail" i]';
const URL_FIELD = 'input[type="url" i], input[name*="url" i], input[name*="website" i]';

// Read around each "@" (or "[at]"), never across the whole text: cheap on pages of any size.
const AT_MARKS = /@| ?[[(]at[\])] ?/g;
const LOCAL_PART = /[a-z0-9._%+-]{1,64}$/;
const DOMAIN_PART = /^[a-z0-9-]{1,63}(?:(?:\.| ?[[(]dot[\])] ?)[a-z0-9-]{1,63}){1,4}/;
const PHONE = /(?:phone|tel|telephone|call us|mobile|fax|telefon|telefono)\.?:? ?(?:\+|\(|\d)[\d ().-]{6,20}\d/g;

/** A form to write to the site: a message box and an e-mail field, and not a comment form. */
export function contactForm(doc: Document): Evidence | null {
  for (const form of Array.from(doc.querySelectorAll('form')).slice(0, 50)) {
    if (form.closest(BOILERPLATE) || form.matches(COMMENT_AREA) || form.closest(COMMENT_AREA)) continue;
    if (form.querySelector('textarea') && form.querySelector(EMAIL_FIELD)) {
      return { points: 25, reason: 'Contact form (message and e-mail fields)' };
    }
  }
  return null;
}

/** A form asking for a site's URL and a category: how directories take submissions. */
export function submissionForm(doc: Document): Evidence | null {
  for (const form of Array.from(doc.querySelectorAll('form')).slice(0, 50)) {
    if (form.closest(COMMENT_AREA)) continue;
    if (form.querySelector(URL_FIELD) && form.querySelector('select, [name*="categ" i]')) {
      return { points: 15, reason: 'Site submission form (URL and category fields)' };
    }
  }
  return null;
}

function distinct(re: RegExp, text: string, max: number): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && seen.size < max; m = re.exec(text)) seen.add(m[0].replace(/\D/g, '') || m[0]);
  re.lastIndex = 0;
  return seen.size;
}

/** E-mail addresses in folded text, plain or written "name [at] domain [dot] com". */
export function textEmails(folded: string): Set<string> {
  const found = new Set<string>();
  AT_MARKS.lastIndex = 0;
  let marks = 0;
  for (let m = AT_MARKS.exec(folded); m !== null && marks < 500 && found.size < 20; m = AT_MARKS.exec(folded)) {
    marks++;
    const local = LOCAL_PART.exec(folded.slice(Math.max(0, m.index - 64), m.index));
    const domain = DOMAIN_PART.exec(folded.slice(m.index + m[0].length, m.index + m[0].length + 320));
    if (local && domain) found.add(`${local[0]}@${domain[0]}`);
  }
  AT_MARKS.lastIndex = 0;
  return found;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** E-mail addresses, phone numbers and postal addresses gathered in the content rather than a footer. */
export function contactDetails(doc: Document, text: PageText): Evidence | null {
  const emails = textEmails(text.folded);
  let phones = distinct(PHONE, text.folded, 20);
  for (const a of Array.from(doc.querySelectorAll('a[href^="mailto:" i], a[href^="tel:" i]')).slice(0, 200)) {
    if (a.closest(BOILERPLATE)) continue;
    const href = (a.getAttribute('href') ?? '').trim();
    if (/^mailto:/i.test(href)) emails.add(href.slice(7).split('?')[0]?.toLowerCase() ?? '');
    else phones = Math.max(phones, 1);
  }
  const addresses = Array.from(doc.querySelectorAll('address, [itemprop="address"], [itemtype*="PostalAddress"]')).filter(
    (el) => !el.closest(BOILERPLATE),
  ).length;
  const items = emails.size + phones + Math.min(addresses, 2);
  if (items === 0) return null;
  const parts: string[] = [];
  if (emails.size) parts.push(plural(emails.size, 'e-mail address', 'e-mail addresses'));
  if (phones) parts.push(plural(phones, 'phone number', 'phone numbers'));
  if (addresses) parts.push(plural(addresses, 'postal address', 'postal addresses'));
  const points = items >= 3 ? 20 : items === 2 ? 14 : 8;
  return { points, reason: `${parts.join(', ')} in the page content` };
}
