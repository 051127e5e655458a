/**
 * E-mail address validation and the junk that looks like addresses on real pages: retina image
 * names (`logo@2x.png`), template placeholders, error-tracker DSNs, IP literals.
 */

/**
 * Top-level domains accepted for addresses found in running text, where a TLD glued to the next
 * word ("info@site.comour") cannot be told apart from a real one. Two-letter country codes are
 * always accepted. Addresses from mailto links and structured data accept any alphabetic TLD.
 */
const TEXT_TLDS = new Set(
  ('com net org edu gov mil int info biz name pro mobi asia tel travel jobs app dev io ai blog shop store online site ' +
    'tech xyz top one fun page link live life today world space website web cloud network systems software social ' +
    'club team works tools email digital media news press agency studio design solutions services company group ' +
    'global marketing consulting academy school education university college institute center centre health care ' +
    'clinic law legal finance money bank insurance house estate realty farm garden coffee cafe restaurant wine ' +
    'fashion style beauty fitness art photography photo gallery film video music events family kids pet vet ' +
    'tours holiday energy green eco build engineering expert guru wiki review reviews guide tips support help ' +
    'ltd llc inc gmbh community partners ventures foundation charity ngo church city london berlin paris nyc ' +
    'amsterdam wien bayern swiss quebec scot wales cymru eus africa science training coach zone plus chat ' +
    // reserved for documentation and tests (RFC 2606), used by fixture pages
    'example test').split(' '),
);

const FILE_EXTENSIONS = new Set(
  'png jpg jpeg gif webp svg avif ico bmp tif tiff heic css js mjs json map woff woff2 ttf otf eot mp4 webm mp3 pdf zip gz php html htm aspx'.split(' '),
);

/** Labels that mark a template or documentation placeholder, or an error-tracker address. */
const JUNK_LABELS = new Set(
  'example yourdomain your-domain yoursite your-site yourcompany yourwebsite mydomain sentry sentry-next wixpress'.split(' '),
);
const JUNK_DOMAINS = new Set(['domain.com', 'email.com', 'company.com', 'website.com', 'sample.com']);
const JUNK_LOCALS = new Set(
  'you your yourname your.name youremail your.email yourmail name username firstname firstname.lastname first.last john.doe jane.doe johndoe janedoe'.split(' '),
);

const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})$/;
const IMAGE_EXTENSIONS = new Set('png jpg jpeg gif webp svg avif ico bmp tif tiff heic'.split(' '));
/** The "@2x" of image file names: a domain never starts with such a label. */
const RETINA = /^\d(?:\.\d)?x$/;
/** A long hex local part is a tracking or DSN key, not a mailbox. */
const HEX_KEY = /^[0-9a-f]{24,}$/;

/**
 * The address lowercased when it is a plausible, non-junk mailbox, else null. `textTld` asks for
 * a known TLD (see TEXT_TLDS), for addresses read out of running text.
 */
export function normaliseEmail(raw: string, textTld = false): string | null {
  const trimmed = raw.trim().replace(/^mailto:/i, '');
  if (trimmed.length > 320) return null;
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return null;
  const local = trimmed.slice(0, at).toLowerCase();
  const domain = trimmed.slice(at + 1).toLowerCase().replace(/\.$/, '');
  if (local.length > 64 || domain.length > 253 || !LOCAL.test(local)) return null;
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !TLD.test(tld) || !labels.every((l) => LABEL.test(l))) return null;
  if (textTld && tld.length > 2 && !tld.startsWith('xn--') && !TEXT_TLDS.has(tld)) return null;
  if (FILE_EXTENSIONS.has(tld) || JUNK_DOMAINS.has(labels.slice(-2).join('.'))) return null;
  // "logo@2x.png.webp", "icon@3x.cdn.site": a retina size or a file extension inside the domain is an image name.
  if (RETINA.test(labels[0] ?? '') || labels.slice(0, -1).some((l) => IMAGE_EXTENSIONS.has(l))) return null;
  if (labels.slice(0, -1).some((l) => JUNK_LABELS.has(l)) || JUNK_LOCALS.has(local) || HEX_KEY.test(local)) return null;
  return `${local}@${domain}`;
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Cuts a domain read from text where the next word was glued on: "site.comOur" → "site.com",
 * "site.com2024" → "site.com", "site.com.Next" → "site.com". Lowercase glue is left for the
 * TLD check to reject.
 */
export function cutGluedDomain(domain: string): string {
  const dot = domain.lastIndexOf('.');
  if (dot <= 0) return domain;
  const last = domain.slice(dot + 1);
  const first = last.charCodeAt(0);
  if (isUpper(first) && last.length > 1 && isLower(last.charCodeAt(1)) && !/[A-Z]/.test(domain.slice(0, dot))) {
    return domain.slice(0, dot);
  }
  for (let i = 1; i < last.length; i++) {
    const prev = last.charCodeAt(i - 1);
    const cur = last.charCodeAt(i);
    if ((isLower(prev) && isUpper(cur)) || (!isDigit(prev) && isDigit(cur) && !last.startsWith('xn--'))) {
      return domain.slice(0, dot + 1 + i);
    }
  }
  return domain;
}

/** Decodes percent escapes, keeping the input when they are malformed. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a stray "%" is common in hand-written hrefs; the raw text is still worth validating
  }
}

/**
 * The raw addresses of a mailto: href: the path split on commas (and semicolons, which some
 * mail clients write), "Name <a@x.org>" reduced to the address, plus any `to=` header.
 */
export function mailtoAddresses(href: string): string[] {
  const body = href.slice(0, 2000).replace(/^\s*mailto:(?:\/\/)?/i, '');
  const q = body.indexOf('?');
  const parts = safeDecode(q >= 0 ? body.slice(0, q) : body).split(/[,;]/);
  if (q >= 0) {
    for (const pair of body.slice(q + 1).split('&')) {
      if (/^to=/i.test(pair)) parts.push(...safeDecode(pair.slice(3)).split(/[,;]/));
    }
  }
  return parts.map((p) => (/<([^<>]*)>/.exec(p)?.[1] ?? p).trim()).filter((p) => p.length > 0);
}
