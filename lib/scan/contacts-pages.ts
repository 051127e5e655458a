/**
 * Contact, about, imprint and "write for us" pages, recognised by anchor text or URL slug in
 * English, German, French, Spanish, Italian, Dutch and Portuguese. Text and slugs are folded
 * (lowercase, no diacritics, punctuation as spaces) before matching, so "Über uns", "über-uns" and
 * "ueber-uns" all match.
 */

/** Phrases that name such a page wherever they appear in a short anchor. */
const PHRASES = [
  // contact
  'contact us', 'contact me', 'get in touch', 'kontaktieren sie uns', 'kontakt aufnehmen', 'contactez nous', 'contactez moi',
  'nous contacter', 'contactanos', 'contactenos', 'contattaci', 'contattateci', 'neem contact op', 'contact opnemen',
  'fale conosco', 'fale connosco', 'entre em contato', 'entre em contacto',
  // about
  'about us', 'about me', 'uber uns', 'ueber uns', 'uber mich', 'ueber mich', 'a propos', 'qui sommes nous', 'acerca de', 'sobre nosotros',
  'quienes somos', 'chi siamo', 'over ons', 'over mij', 'sobre nos', 'quem somos',
  // imprint
  'mentions legales', 'aviso legal', 'legal notice', 'note legali',
  // write for us
  'write for us', 'guest post', 'guest posts', 'guest posting', 'guest blogging', 'guest author', 'become a contributor',
  'schreiben sie fur uns', 'schreib fur uns', 'gastbeitrag', 'gastartikel', 'gastautor', 'ecrire pour nous', 'ecrivez pour nous',
  'escribe para nosotros', 'scrivi per noi', 'schrijf voor ons', 'escreva para nos',
];
const PHRASE = new RegExp(`(?:^| )(?:${PHRASES.join('|')})(?: |$)`);
/** More words than a navigation anchor has. */
const TOO_MANY_WORDS = /^(?:\S+ ){6}/;

/** Words that name such a page only when they are the whole anchor ("About", not "About SEO"). */
const WHOLE = new Set('contact contacts kontakt impressum imprint contacto contato contatti contatto contacteer about contribute colofon'.split(' '));

/** URL slugs: every phrase and whole word hyphenated ("contact-us", "ueber-uns"), and these. */
const SLUGS = new Set([
  ...PHRASES.map((p) => p.replace(/ /g, '-')),
  ...WHOLE,
  ...'contactus aboutus writeforus write-for-me kontaktieren guest-post-guidelines contributors submit-guest-post schreiben-sie-fuer-uns'.split(' '),
]);

/** Runs on every internal link, so plain-ASCII text (most of it) skips the Unicode work. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!/[^\x20-\x7e]/.test(lower)) return lower.replace(/[^a-z0-9]+/g, ' ').trim();
  return lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether an anchor text names a contact, about, imprint or "write for us" page. */
export function contactAnchor(text: string): boolean {
  if (text.length === 0 || text.length > 80) return false;
  const folded = fold(text);
  if (folded.length === 0 || TOO_MANY_WORDS.test(folded)) return false;
  return WHOLE.has(folded) || PHRASE.test(folded);
}

/** Whether a URL path ends in a contact, about, imprint or "write for us" slug. */
export function contactPath(pathname: string): boolean {
  const segs = pathname.split('/').filter((s) => s.length > 0);
  const last = segs[segs.length - 1];
  if (!last || last.length > 60) return false;
  let decoded = last;
  if (last.includes('%')) {
    try {
      decoded = decodeURIComponent(last);
    } catch {
      // a malformed escape: match the slug as written
    }
  }
  const slug = fold(decoded.replace(/\.(?:html?|php|aspx?|jsp)$/i, '')).replace(/ /g, '-');
  return SLUGS.has(slug);
}
