import { cutGluedDomain, normaliseEmail } from './contacts-email';

/** A found address with how it was written. */
export interface TextEmail {
  address: string;
  obfuscated: boolean;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** Local-part characters accepted in running text (a narrower set than RFC 5322 allows). */
function isLocalChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 43 || c === 45;
}
function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/**
 * Start of the local part ending at `end`, or -1 when there is none, when it is longer than an
 * address allows (a glued blob), or when it follows "@" or "/" (a fediverse handle, a URL).
 */
function localStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start <= MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
  if (start === end || end - start > MAX_LOCAL) return -1;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  return before === 64 || before === 47 ? -1 : start;
}

function fullAddress(text: string, start: number, end: number, domain: string): string | null {
  const local = text.slice(start, end).replace(/^[.+-]+/, '');
  return normaliseEmail(`${local}@${cutGluedDomain(domain.replace(/[.-]+$/, ''))}`, true);
}

/**
 * Plain addresses in text. Scans from each "@" outwards instead of running one big regex, so the
 * work stays linear on hostile text (every character is visited by at most the "@" either side).
 */
function plainEmails(text: string, out: TextEmail[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const start = localStart(text, at);
    if (start < 0) continue;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
    if (end < text.length && (end - at > MAX_DOMAIN || text.charCodeAt(end) === 64)) continue;
    const address = fullAddress(text, start, at, text.slice(at + 1, end));
    if (address) out.push({ address, obfuscated: false });
  }
}

/** "[at]", "(at)", "{at}", "<at>" (also "ät", "arroba", "@"), " at "/" AT ", or a bare "@". */
const AT_TOKEN = /[[({<]\s{0,3}(?:[aA][tT]|ät|arroba|ARROBA|@)\s{0,3}[\])}>]|\s(?:at|AT)\s|@/g;
const DOT_WORD = '(?:[dD][oO][tT]|punkt|PUNKT|punto|point|ponto|\\.)';
const DOT_SEP = `(?:\\s{0,3}[[({<]\\s{0,3}${DOT_WORD}\\s{0,3}[\\])}>]\\s{0,3}|\\s{1,3}(?:dot|DOT)\\s{1,3}|\\.)`;
/** A domain whose dots may be written out: "example [dot] co [dot] uk". Bounded: at most 9 labels. */
const OBFUSCATED_DOMAIN = new RegExp(`[A-Za-z0-9-]{1,63}(?:${DOT_SEP}[A-Za-z0-9-]{1,63}){1,8}`, 'y');
const DOT_SPLIT = new RegExp(DOT_SEP);
/** Words that say an address follows: " at " only counts as "@" near one of them. */
const CUE = /e-?mail|mail|contact|reach|write|kontakt|courriel|correo|adress?e|écri|schreib/i;
const STOPWORDS = new Set(
  'the this that these those a an my your our his her their its me us you him them it look least most all home work night first last once one any some'.split(' '),
);

/**
 * Obfuscated addresses: "name [at] domain [dot] com", "name(at)domain.com", "name@domain(dot)com",
 * and the spelled-out "name at domain dot com", which counts only when it cannot be plain English:
 * an e-mail cue word just before it (or capitals, "AT"/"DOT"), no stopwords as name or domain, and a
 * known TLD.
 */
function obfuscatedEmails(text: string, out: TextEmail[]): void {
  AT_TOKEN.lastIndex = 0;
  for (let m = AT_TOKEN.exec(text); m; m = AT_TOKEN.exec(text)) {
    const token = m[0];
    const bare = token === '@';
    const spelled = !bare && token.trim().length === 2;
    let localEnd = m.index;
    while (!spelled && localEnd > 0 && m.index - localEnd < 3 && text.charCodeAt(localEnd - 1) === 32) localEnd--;
    const start = localStart(text, localEnd);
    if (start < 0) continue;
    let pos = m.index + token.length;
    while (!spelled && pos < text.length && pos - m.index - token.length < 3 && text.charCodeAt(pos) === 32) pos++;
    OBFUSCATED_DOMAIN.lastIndex = pos;
    const d = OBFUSCATED_DOMAIN.exec(text);
    if (!d) continue;
    const written = d[0];
    if (bare && /^[A-Za-z0-9.-]+$/.test(written)) continue; // a plain address: plainEmails reads it
    const labels = written.split(DOT_SPLIT);
    const local = text.slice(start, localEnd);
    if (spelled) {
      const capitals = token.trim() === 'AT';
      if (!capitals && !CUE.test(text.slice(Math.max(0, start - 80), start))) continue;
      if (STOPWORDS.has(local.toLowerCase()) || STOPWORDS.has((labels[0] ?? '').toLowerCase())) continue;
    }
    const address = fullAddress(text, start, localEnd, labels.join('.'));
    if (address) out.push({ address, obfuscated: true });
  }
}

/** Every address in the text, plain ones first. */
export function emailsInText(text: string): TextEmail[] {
  const out: TextEmail[] = [];
  plainEmails(text, out);
  obfuscatedEmails(text, out);
  return out;
}
