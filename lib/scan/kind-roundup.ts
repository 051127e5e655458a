import type { ScannedLink } from '@/lib/schemas/page-scan';
import type { Evidence } from './kind-phrases';
import { hostOfUrl, hrefHost } from './text-href';
import { BOILERPLATE } from './text-page';
import { countSites } from './site-domains';

/** "1.", "#1", "1)", "No. 1", "10 –": the numbered items of a "Top 10" list. */
const NUMBERED = /^\s*(?:#|no\.?\s*)?(\d{1,3})\s*(?:[.):–—-]\s*|\s+)\S/i;
const ITEM_HEADINGS = 'h2, h3, h4';
const MAX_HEADINGS = 300;

/** Whether the heading, or what follows it before the next heading, links to another site. */
function itemLinksOut(h: Element, pageHost: string, outbound: ReadonlySet<string>): boolean {
  const linksOut = (el: Element): boolean => {
    const anchors = el.matches('a[href]') ? [el] : Array.from(el.querySelectorAll('a[href]')).slice(0, 20);
    return anchors.some((a) => outbound.has(hrefHost(a.getAttribute('href') ?? '', pageHost) ?? ''));
  };
  if (linksOut(h)) return true;
  let next = h.nextElementSibling;
  for (let step = 0; next && step < 4 && !next.matches(ITEM_HEADINGS); step++, next = next.nextElementSibling) {
    if (linksOut(next)) return true;
  }
  return false;
}

/** Numbered headings in the content, and how many of them link out: the shape of a listicle. */
function numberedItems(doc: Document, pageUrl: string, links: readonly ScannedLink[]): Evidence[] {
  const outbound = new Set(links.filter((l) => l.outbound && !l.share).map((l) => l.host));
  const pageHost = hostOfUrl(pageUrl);
  let numbered = 0;
  let linked = 0;
  for (const h of Array.from(doc.querySelectorAll(ITEM_HEADINGS)).slice(0, MAX_HEADINGS)) {
    if (!NUMBERED.test((h.textContent ?? '').slice(0, 200)) || h.closest(BOILERPLATE)) continue;
    numbered++;
    if (itemLinksOut(h, pageHost, outbound)) linked++;
  }
  const out: Evidence[] = [];
  if (numbered >= 3) out.push({ points: numbered >= 5 ? 20 : 10, reason: `${numbered} numbered headings, like a "Top ${numbered}" list` });
  if (linked >= 3) out.push({ points: linked >= 5 ? 15 : 8, reason: `${linked} of the numbered items link to other sites` });
  return out;
}

/** Many distinct sites linked from the main text (share buttons and citations left out): a curated issue. */
function curatedLinks(links: readonly ScannedLink[]): Evidence | null {
  const hosts = new Set<string>();
  let count = 0;
  for (const l of links) {
    if (!l.outbound || !l.inContent) continue;
    count++;
    hosts.add(l.host);
  }
  const sites = countSites(hosts);
  const points = sites >= 25 ? 25 : sites >= 15 ? 18 : sites >= 10 ? 10 : 0;
  return points > 0 ? { points, reason: `${count} links in the main text to ${sites} different sites` } : null;
}

/** Structural evidence that a page is a roundup or a "best X" list. */
export function roundupEvidence(doc: Document, pageUrl: string, links: readonly ScannedLink[]): (Evidence | null)[] {
  return [...numberedItems(doc, pageUrl, links), curatedLinks(links)];
}
