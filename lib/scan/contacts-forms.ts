import { mailtoAddresses } from './contacts-email';
import type { ContactSink } from './contacts-sink';

const MAX_FORMS = 50;
const MAX_FIELDS = 100;
/** Forms that take text and an address but are not for contacting the site. */
const NOT_CONTACT = /comment|reply|review|search|login|log-in|signin|sign-in|register|signup|checkout|cart|newsletter|subscribe|password/;
const CONTACT = /contact|kontakt|contacto|contatto|contato|wpcf7|enquir|inquir/;

function looksLikeContactForm(form: Element): boolean {
  if (form.getAttribute('role') === 'search') return false;
  const signature = ['action', 'id', 'class', 'name', 'aria-label'].map((a) => form.getAttribute(a) ?? '').join(' ').toLowerCase();
  if (NOT_CONTACT.test(signature)) return false;
  if (CONTACT.test(signature)) return true;
  let email = false;
  const inputs = form.querySelectorAll('input');
  for (let i = 0; i < inputs.length && i < MAX_FIELDS; i++) {
    const input = inputs[i] as Element;
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    if (type === 'password' || type === 'search') return false;
    email ||= type === 'email' || /mail/i.test(input.getAttribute('name') ?? '');
  }
  return email && form.querySelector('textarea') !== null;
}

/**
 * Contact forms: an address field and a message box, or a form named for contact (Contact Form 7's
 * `wpcf7` included). The value is where it posts, or the page itself when it posts nowhere else;
 * a `mailto:` action also yields its addresses.
 */
export function fromForms(doc: Document, pageUrl: string, sink: ContactSink): void {
  const forms = doc.querySelectorAll('form');
  for (let i = 0; i < forms.length && i < MAX_FORMS; i++) {
    const form = forms[i] as Element;
    if (!looksLikeContactForm(form)) continue;
    const action = (form.getAttribute('action') ?? '').trim();
    let target = pageUrl.split('#')[0] ?? pageUrl;
    if (/^mailto:/i.test(action)) {
      for (const address of mailtoAddresses(action)) sink.email(address, 'form action');
    } else if (action) {
      try {
        const url = new URL(action, form.baseURI);
        if (url.protocol === 'http:' || url.protocol === 'https:') target = url.href;
      } catch {
        // an unparsable action posts back to the page, as browsers do
      }
    }
    sink.add('form', target, 'contact form');
  }
}
