/**
 * A phone number as digits, with a leading "+" when it is international ("00" read as "+"),
 * the trunk "(0)" of "+44 (0)20…" dropped, and dial parameters (";ext=", ",pause") cut off.
 * Null unless it has `min` to 15 digits (E.164 allows no more).
 */
export function normalisePhone(raw: string, min = 5): string | null {
  const number = raw.slice(0, 80).split(/[;,?]/)[0] ?? '';
  if (/[a-z]{2}/i.test(number.replace(/^\s*(?:tel|callto|sms):(?:\/\/)?/i, ''))) return null;
  const intl = /^\s*(?:tel:|callto:|sms:)?(?:\/\/)?\s*(\+|00(?=[1-9]))/i.exec(number);
  let digits = (intl ? number.replace(/\(0\)/g, '') : number).replace(/\D/g, '');
  if (intl?.[1] === '00') digits = digits.slice(2);
  if (digits.length < min || digits.length > 15) return null;
  return intl ? `+${digits}` : digits;
}

/**
 * Whether two normalised numbers are one line written nationally and internationally:
 * "05191979238" and "+495191979238" (the trunk 0 dropped after a 1–3 digit country code).
 */
export function samePhone(a: string, b: string): boolean {
  if (a === b) return true;
  const [intl, national] = a.startsWith('+') ? [a, b] : [b, a];
  if (!intl.startsWith('+') || !national.startsWith('0') || national.startsWith('00')) return false;
  const significant = national.slice(1);
  const code = intl.length - 1 - significant.length;
  return significant.length >= 6 && code >= 1 && code <= 3 && intl.endsWith(significant);
}

/**
 * A run that could be a number: digits with spaces, dots, dashes, slashes and parentheses between.
 * Bounded length and one character class, so matching stays linear on any text.
 */
const CANDIDATE = /\+?\(?\d[\d \u00a0()./-]{4,24}\d/g;
const NORTH_AMERICAN = /^(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
const DATE = /^\(?\d{1,4}([./-])\d{1,2}\1\d{1,4}\)?$/;
/** "(2016-02-01)", "20160201": a date written without separators in a citation. */
const COMPACT_DATE = /^\(?(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\)?$/;
/** French numbers in pairs ("01 23 45 67 89"), UK numbers ("020 7946 0321", "01632 960983", "07700 900123"). */
const NATIONAL = /^(?:0[1-9](?:[ .]\d{2}){4}|0\d{2} \d{4} \d{4}|0\d{3} \d{3} \d{4}|0\d{4} \d{5,6})$/;
/** "Tel:", "Phone", "Call us on", "Telefon:", "T:"… right before a number (short ones need the colon). */
const LABEL =
  /(?:^|[^\p{L}])(?:(?:tel|tél|telephone|téléphone|teléfono|telefono|telefone|telefon|fon|phone|call(?: us)?(?: on| at)?|mobile|mobil|portable|handy|whatsapp|cell|standard|appelez(?:-nous)?(?: au)?|ring(?: us)?(?: on)?)\.?\s*(?:no\.?|nr\.?|number|nummer)?\s*[:.]?|(?:t|ph|p|m|mob|fon)\s*[.:])\s*$/iu;
const FAX = /fax\.?\s*(?:no\.?|nr\.?)?\s*[:.]?\s*$/i;
/** "+30 000 000 users": a count grouped in thousands, not a number to call. */
const ROUND_COUNT = /^\+\d{1,3}(?:[ .\u00a0]\d{3})+$/;
const CURRENCY = /[$€£¥₹]\s?$/;
const AFTER_CURRENCY = /^\s?(?:[$€£¥₹%]|eur|usd|gbp|chf)/i;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Clearly formatted phone numbers in text: international ("+44 20 7946 0321"), North American
 * ("(555) 123-4567"), or any plausible number right after a label ("Tel: 030 1234567"). Dates,
 * prices, ISBNs, postcodes and long IDs do not take these shapes, or are rejected explicitly.
 */
export function phonesInText(text: string): string[] {
  const out: string[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const found = m[0];
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const prev = m.index > 0 ? text.charCodeAt(m.index - 1) : 32;
    const next = m.index + found.length < text.length ? text.charCodeAt(m.index + found.length) : 32;
    // glued to a word, a longer number, a decimal or a version string
    if (isWordChar(prev) || isWordChar(next) || prev === 46 || prev === 45 || prev === 47 || prev === 43) continue;
    if (next === 46 && isWordChar(text.charCodeAt(m.index + found.length + 1))) continue;
    if (DATE.test(found) || COMPACT_DATE.test(found.replace(/\D/g, '')) || CURRENCY.test(before) || AFTER_CURRENCY.test(text.slice(m.index + found.length, m.index + found.length + 5))) continue;
    if (ROUND_COUNT.test(found) && found.endsWith('000')) continue;
    if (FAX.test(before) || /isbn[\s:-]*(?:1[03])?[\s:-]*$/i.test(before)) continue;
    const intl = found.startsWith('+');
    const shaped = intl || NORTH_AMERICAN.test(found) || NATIONAL.test(found) || LABEL.test(before);
    const phone = shaped ? normalisePhone(found, intl ? 8 : 7) : null;
    if (phone) out.push(phone);
  }
  return out;
}
