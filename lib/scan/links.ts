import type { IgnoredHrefs, ScannedLink } from '@/lib/schemas/page-scan';
import { hostOnSite } from '@/lib/url/same-site';
import { urlKey } from '@/lib/url/key';
import { collectLinkElements } from './collect';
import { positionOf } from './position';
import { cap, collapse, sentenceAround } from './text';

export interface LinkScanContext {
  /** Registrable domain of the page (or its host when it has none). */
  pageDomain: string;
  ownDomains: readonly string[];
  /** The page's own address, when `doc.URL` is not it (a document parsed by the page reader). */
  docUrl?: string;
}

/**
 * Distinct links listed at most. Beyond it links are only counted: a page with 100,000 links would
 * otherwise send tens of megabytes through the extension's messaging and stall the popup.
 */
export const MAX_LINKS = 20_000;

export interface LinkScanResult {
  links: ScannedLink[];
  /** Distinct http(s) links beyond MAX_LINKS. */
  omitted: number;
  ignored: IgnoredHrefs;
  /** mailto: and tel: hrefs, raw, for the contact extractor. */
  contactHrefs: { href: string; el: Element }[];
}

const NOT_FOLLOWED = new Set(['nofollow', 'sponsored', 'ugc']);
const TEXT_MAX = 200;

export function emptyIgnored(): IgnoredHrefs {
  return { javascript: 0, data: 0, blob: 0, mailto: 0, tel: 0, fragment: 0, other: 0, malformed: 0 };
}

export function parseRel(value: string | null): string[] {
  if (!value) return [];
  const tokens = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return Array.from(new Set(tokens));
}

/** Visible text of a link, or the alt/label of what it wraps. */
export function linkText(el: Element): string {
  const text = collapse(el.textContent ?? '');
  if (text) return cap(text, TEXT_MAX);
  const img = el.querySelector('img[alt], [aria-label]');
  const alt = img?.getAttribute('alt') ?? img?.getAttribute('aria-label');
  const label = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.getAttribute('alt') ?? alt ?? '';
  return cap(collapse(label), TEXT_MAX);
}

function schemeBucket(protocol: string): keyof IgnoredHrefs {
  switch (protocol) {
    case 'javascript:':
      return 'javascript';
    case 'data:':
      return 'data';
    case 'blob:':
      return 'blob';
    case 'mailto:':
      return 'mailto';
    case 'tel:':
    case 'callto:':
    case 'sms:':
      return 'tel';
    default:
      return 'other';
  }
}

/** Every http(s) link on the page, merged by target, with counts of what was ignored. */
export function extractLinks(doc: Document, ctx: LinkScanContext): LinkScanResult {
  const ignored = emptyIgnored();
  const contactHrefs: { href: string; el: Element }[] = [];
  const byKey = new Map<string, ScannedLink>();
  const overflow = new Set<string>();
  for (const { el, href, baseURI, docUrl } of collectLinkElements(doc, ctx.docUrl)) {
    const trimmed = href.trim();
    let url: URL;
    try {
      url = new URL(trimmed, baseURI);
    } catch {
      ignored.malformed++;
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      const bucket = schemeBucket(url.protocol);
      ignored[bucket]++;
      if (bucket === 'mailto' || bucket === 'tel') contactHrefs.push({ href: trimmed, el });
      continue;
    }
    const key = urlKey(url); // duplicates merge on it
    // "#top" moves within the page; with a <base href> elsewhere the same "#x" is a real link.
    if (trimmed.startsWith('#') && key === urlKey(docUrl)) {
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
    const rel = parseRel(el.getAttribute('rel'));
    const host = url.hostname.toLowerCase();
    const outbound = !hostOnSite(host, ctx.pageDomain);
    byKey.set(key, {
      url: url.href,
      key,
      host,
      outbound,
      toOwnSite: ctx.ownDomains.some((d) => hostOnSite(host, d)),
      rel,
      follow: !rel.some((t) => NOT_FOLLOWED.has(t)),
      target: el.getAttribute('target') ?? '',
      text: linkText(el),
      position: positionOf(el),
      count: 1,
      // The sentence is for broken-link outreach, which is about outbound links only.
      context: outbound ? sentenceAround(el) : '',
    });
  }
  return { links: Array.from(byKey.values()), omitted: overflow.size, ignored, contactHrefs };
}
