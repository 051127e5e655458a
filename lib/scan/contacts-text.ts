import { walkText } from './text-walk';

/** Text beyond this many characters is not read for contacts: bounded work inside huge pages. */
export const CONTACT_TEXT_LIMIT = 500_000;

/**
 * The visible text of the body, read once, with a line break wherever text crosses from one block
 * to another (or at a `<br>`), so "<p>info@site.com</p><p>Our team</p>" never reads as one word.
 * Script, style and template text and elements hidden with `hidden` or an inline `display:none`
 * (where spam-trap addresses live) are left out. A scan reads it with the page text, in one pass
 * (`pageText(doc).visible`); this reads it alone.
 */
export function visibleText(doc: Document, limit = CONTACT_TEXT_LIMIT): string {
  return walkText(doc, limit).visible;
}
