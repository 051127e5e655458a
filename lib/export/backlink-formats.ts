/**
 * Backlink exports, mapped by their header names (case, spaces and underscores ignored).
 * Google Search Console: "Linking page" (latest / sample links) or "Site" (top linking sites).
 * Ahrefs Site Explorer: "Referring page URL", "Target URL", "Anchor", "Nofollow", "UGC", "Sponsored".
 * Semrush Backlink Analytics: "Source url", "Target url", "Anchor", "Nofollow", "Sponsored", "Ugc", "Image".
 * Majestic Site Explorer: "Source URL", "Target URL", "Anchor Text", "FlagNoFollow", "FlagImages"
 * (the API's "SourceURL", "TargetURL", "AnchorText" too). Anything else with a source column is generic.
 */
export type BacklinkFormat = 'gsc' | 'gsc-sites' | 'ahrefs' | 'semrush' | 'majestic' | 'generic';

export type BacklinkField = 'source' | 'site' | 'target' | 'anchor' | 'nofollow' | 'ugc' | 'sponsored' | 'rel' | 'image';

export const normaliseHeader = (header: string) => header.replace(/^\uFEFF/, '').toLowerCase().replace(/[\s_-]+/g, '');

/** Aliases per field, already normalised. */
const ALIASES: Record<BacklinkField, string[]> = {
  source: ['referringpageurl', 'sourceurl', 'linkingpage', 'sourcepage', 'fromurl', 'urlfrom', 'referringurl', 'backlinkurl', 'url'],
  site: ['site', 'linkingsite', 'referringdomain', 'domain'],
  target: ['targeturl', 'targetpage', 'tourl', 'urlto', 'linkedurl', 'destinationurl'],
  anchor: ['anchor', 'anchortext', 'linktext'],
  nofollow: ['nofollow', 'flagnofollow'],
  ugc: ['ugc', 'flagugc'],
  sponsored: ['sponsored', 'flagsponsored'],
  rel: ['rel', 'linkrel', 'linktype'],
  image: ['image', 'flagimages', 'flagimage'],
};

/** Headers only one tool writes: they decide the format. */
const SIGNATURES: [BacklinkFormat, string[]][] = [
  ['ahrefs', ['referringpageurl', 'referringpagetitle', 'domainrating', 'ur']],
  ['semrush', ['pageascore', 'sourcetitle', 'sourceurl']],
  ['majestic', ['flagnofollow', 'sourcetrustflow', 'sourcecitationflow', 'flagimages', 'anchortext']],
  ['gsc', ['linkingpage', 'lastcrawled']],
  ['gsc-sites', ['site', 'linkingpages', 'targetpages']],
];

export function detectFormat(headers: readonly string[]): BacklinkFormat {
  const have = new Set(headers.map(normaliseHeader));
  let best: BacklinkFormat = 'generic';
  let bestScore = 0;
  for (const [format, signs] of SIGNATURES) {
    const score = signs.filter((s) => have.has(s)).length;
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}

/** Which column (by index) feeds each field; the rest are kept aside. */
export function mapColumns(headers: readonly string[]): Partial<Record<BacklinkField, number>> {
  const normalised = headers.map(normaliseHeader);
  const map: Partial<Record<BacklinkField, number>> = {};
  for (const field of Object.keys(ALIASES) as BacklinkField[]) {
    for (const alias of ALIASES[field]) {
      const index = normalised.indexOf(alias);
      if (index >= 0 && !Object.values(map).includes(index)) {
        map[field] = index;
        break;
      }
    }
  }
  return map;
}

/** "true", "yes", "1", "+", "y", "nofollow" count as set. */
export const truthy = (value: string | undefined) => /^(true|yes|1|\+|y|nofollow)$/i.test((value ?? '').trim());
