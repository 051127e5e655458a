import type { ScannedLink } from '@/lib/schemas/page-scan';
import { hostOfUrl, hrefHost } from './text-href';
import { BOILERPLATE } from './text-page';
import { countSites } from './site-domains';

/** Outbound links inside lists and tables of the page's content (navigation, header, footer, sidebar left out). */
export interface ListLinks {
  links: number;
  domains: number;
}

const LIST_ANCHORS = 'li a[href], dd a[href], dt a[href], td a[href], th a[href]';
/** Reference lists and footnotes (a Wikipedia article's hundreds of citations) are sources, not a list of resources. */
const CITATIONS = '.references, .reflist, .refbegin, .footnotes, [role="doc-bibliography"], [role="doc-endnotes"]';
const OUTSIDE_CONTENT = `${BOILERPLATE}, header, [role="banner"], ${CITATIONS}`;
const HEADINGS = 'h2, h3, h4';

/** Anchors in navigation, headers, footers and sidebars, gathered region by region (no per-link ancestor walk). */
function boilerplateAnchors(doc: Document): Set<Element> {
  const out = new Set<Element>();
  for (const region of Array.from(doc.querySelectorAll(OUTSIDE_CONTENT))) {
    // A header inside an article is the article's own (title, byline): it stays content.
    if (region.tagName.toUpperCase() === 'HEADER' && region.parentElement?.closest('article, main, [role="main"]')) continue;
    for (const a of Array.from(region.querySelectorAll('a[href]'))) out.add(a);
  }
  return out;
}

export function listLinks(doc: Document, pageUrl: string, links: readonly ScannedLink[]): ListLinks {
  const outboundHosts = new Set<string>();
  for (const l of links) if (l.outbound && !l.share) outboundHosts.add(l.host);
  if (outboundHosts.size === 0) return { links: 0, domains: 0 };
  const skip = boilerplateAnchors(doc);
  const pageHost = hostOfUrl(pageUrl);
  const hosts = new Set<string>();
  let count = 0;
  const hostOfHref = new Map<string, string | null>(); // pages repeat hrefs
  for (const a of Array.from(doc.querySelectorAll(LIST_ANCHORS))) {
    if (skip.has(a)) continue;
    const href = a.getAttribute('href') ?? '';
    let host = hostOfHref.get(href);
    if (host === undefined) hostOfHref.set(href, (host = hrefHost(href, pageHost)));
    if (!host || !outboundHosts.has(host)) continue;
    count++;
    hosts.add(host);
  }
  return { links: count, domains: countSites(hosts) };
}

function linksIn(el: Element): number {
  return el.matches('a[href]') ? 1 : el.querySelectorAll('a[href]').length;
}

/**
 * Headings in the content that are each followed, before the next heading, by a list or table
 * holding at least two links: the shape of a categorised directory or resource page.
 */
export function linkSections(doc: Document): number {
  let sections = 0;
  const headings = Array.from(doc.querySelectorAll(HEADINGS)).slice(0, 400);
  for (const h of headings) {
    if (h.closest(OUTSIDE_CONTENT)) continue;
    let next = h.nextElementSibling;
    for (let step = 0; next && step < 3 && !next.matches(HEADINGS); step++, next = next.nextElementSibling) {
      const list = next.matches('ul, ol, dl, table') ? next : next.querySelector('ul, ol, dl, table');
      if (list && linksIn(list) >= 2) {
        sections++;
        break;
      }
    }
  }
  return sections;
}

/** Pagination controls: rel="next", or an element named or labelled as pagination. */
export function hasPagination(doc: Document): boolean {
  return (
    doc.querySelector(
      'link[rel~="next" i], a[rel~="next" i], [class*="pagination" i], [class*="pager" i], [aria-label*="pagination" i], [aria-label*="pages" i]',
    ) !== null
  );
}

/** Internal links whose text ends in a count, like "Travel (112)": category pages of a directory. */
export function countedCategories(links: readonly ScannedLink[]): { count: number; example: string } {
  let count = 0;
  let example = '';
  for (const l of links) {
    if (l.outbound || l.position === 'footer' || !/\S\s?[([]\d{1,7}[)\]]$/.test(l.text)) continue;
    count++;
    if (!example) example = l.text;
  }
  return { count, example };
}
