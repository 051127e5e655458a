import type { IgnoredHrefs, ScannedLink } from '@/lib/schemas/page-scan';
import { urlKey } from '@/lib/url/key';
import { collectLinkElements } from './collect';
import { outsideContentAnchors } from './link-regions';
import { createAffiliateTest, isShareLink } from './link-kinds';
import { anchorPositions, positionOf } from './position';
import { emptyIgnored, linkText, parseRel, schemeBucket, siteTest } from './link-parts';
import { sentenceAround } from './text';
import { createResolvers } from './link-url';

export { linkText, parseRel } from './link-parts';

export interface LinkScanContext {
  /** Registrable domain of the page (or its host when it has none). */
  pageDomain: string;
  ownDomains: readonly string[];
  /** The page's own address, when `doc.URL` is not it (a document parsed by the page reader). */
  docUrl?: string;
  /** Milliseconds after which the remaining link elements are counted, not read (from the first one). */
  budgetMs?: number;
}

/**
 * Distinct links listed at most. Beyond it links are only counted: a page with 100,000 links would
 * otherwise send tens of megabytes through the extension's messaging and stall the popup.
 */
export const MAX_LINKS = 20_000;
/** Longer URLs are counted as too long, never listed: a 200 KB `<base href>` must not make every link 200 KB. */
export const MAX_URL_LENGTH = 8_192;

export interface LinkScanResult {
  links: ScannedLink[];
  /** Distinct http(s) links beyond MAX_LINKS. */
  omitted: number;
  ignored: IgnoredHrefs;
  /** mailto: and tel: hrefs, raw, for the contact extractor. */
  contactHrefs: { href: string; el: Element }[];
  /** Link elements left unread because the time budget ran out. */
  unread: number;
}

const NOT_FOLLOWED = new Set(['nofollow', 'sponsored', 'ugc']);
const CONTENT_POSITIONS = new Set<ScannedLink['position']>(['main', 'article', 'body']);

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

/** Every http(s) link on the page, merged by target, with counts of what was ignored. */
export function extractLinks(doc: Document, ctx: LinkScanContext): LinkScanResult {
  const ignored = emptyIgnored();
  const contactHrefs: { href: string; el: Element }[] = [];
  const byKey = new Map<string, ScannedLink>();
  const overflow = new Set<string>();
  const found = collectLinkElements(doc, ctx.docUrl);
  const outside = outsideContentAnchors(doc);
  const positions = anchorPositions(doc);
  let unread = 0;
  const deadline = ctx.budgetMs === undefined ? Infinity : now() + ctx.budgetMs;
  // One resolver per base (frames have their own) and one key per document address.
  const resolve = createResolvers();
  const docKeys = new Map<string, string>();
  const docKeyOf = (address: string): string => {
    let key = docKeys.get(address);
    if (key === undefined) docKeys.set(address, (key = urlKey(address)));
    return key;
  };
  const onPageSite = siteTest(ctx.pageDomain);
  const ownSites = ctx.ownDomains.map(siteTest);
  // Pages repeat a handful of rel values thousands of times: each is parsed once.
  const rels = new Map<string | null, string[]>();
  const isAffiliateLink = createAffiliateTest();
  for (let i = 0; i < found.length; i++) {
    if ((i & 127) === 127 && now() > deadline) {
      unread = found.length - i;
      break;
    }
    const { el, href, baseURI, docUrl, inDoc } = found[i] as (typeof found)[number];
    const trimmed = href.trim();
    if (trimmed.length > MAX_URL_LENGTH || (baseURI.length > MAX_URL_LENGTH && !HAS_SCHEME.test(trimmed))) {
      ignored.tooLong = (ignored.tooLong ?? 0) + 1;
      continue;
    }
    const url = resolve(trimmed, baseURI);
    if (!url) {
      ignored.malformed++;
      continue;
    }
    const absolute = url.href;
    if (absolute.length > MAX_URL_LENGTH) {
      ignored.tooLong = (ignored.tooLong ?? 0) + 1;
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      const bucket = schemeBucket(url.protocol);
      ignored[bucket]++;
      if (bucket === 'mailto' || bucket === 'tel') contactHrefs.push({ href: trimmed, el });
      continue;
    }
    const hash = absolute.indexOf('#');
    const key = hash < 0 ? absolute : absolute.slice(0, hash); // urlKey: duplicates merge on it
    // "#top" moves within the page; with a <base href> elsewhere the same "#x" is a real link.
    if (trimmed.startsWith('#') && key === docKeyOf(docUrl)) {
      ignored.fragment++;
      continue;
    }
    const existing = byKey.get(key);
    if (existing) {
      existing.count++;
      if (!existing.text) existing.text = linkText(el);
      continue;
    }
    if (byKey.size >= MAX_LINKS) {
      overflow.add(key);
      continue;
    }
    const relValue = el.getAttribute('rel');
    let rel = rels.get(relValue);
    if (!rel) rels.set(relValue, (rel = parseRel(relValue)));
    const host = url.hostname;
    const outbound = !onPageSite(host);
    // Links of the page's own tree are placed from the map; those in shadow roots and frames are looked up.
    const position = positions.get(el) ?? (inDoc ? 'body' : positionOf(el));
    const share = outbound && isShareLink(host, url.pathname, url.search);
    const inContent = !share && CONTENT_POSITIONS.has(position) && !outside.has(el);
    const link: ScannedLink = {
      url: absolute,
      key,
      host,
      outbound,
      toOwnSite: ownSites.some((onSite) => onSite(host)),
      rel: rel.slice(),
      follow: !rel.some((t) => NOT_FOLLOWED.has(t)),
      target: el.getAttribute('target') ?? '',
      text: linkText(el),
      position,
      count: 1,
      // The sentence is for broken-link outreach: outbound links of the main text only (a menu or
      // footer link has no sentence, and reading one for each of thousands of links costs).
      context: outbound && inContent ? sentenceAround(el) : '',
    };
    // Flags are set only when true: most links carry none, and the result crosses a message channel.
    if (share) link.share = true;
    else if (inContent) link.inContent = true;
    if (isAffiliateLink(host, url.pathname, url.search, outbound)) link.affiliate = true;
    byKey.set(key, link);
  }
  return { links: Array.from(byKey.values()), omitted: overflow.size, ignored, contactHrefs, unread };
}
