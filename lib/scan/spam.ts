import type { ScannedLink, SpamReport } from '@/lib/schemas/page-scan';
import { hostOnSite } from '@/lib/url/same-site';
import { cap } from './text';
import { COMMERCIAL_ANCHOR, SPAM_CLUSTERS } from './text-clusters';
import { hrefHost } from './text-href';
import { countSites } from './site-domains';
import { hasWord, matchCounts } from './text-match';
import { foldOnce, pageText, type PageText } from './text-page';

type Signal = SpamReport['signals'][number];

export interface SpamInput {
  links: readonly ScannedLink[];
  pageDomain: string;
}

const HIDING = /(?:^|;)(display:none|visibility:hidden|font-size:0(?:\.0+)?(?:px|em|rem|pt|%)?)(?:!important)?(?:;|$)/;

function occurrences(links: readonly ScannedLink[]): number {
  return links.reduce((n, l) => n + l.count, 0);
}

function density(outbound: number, text: PageText): Signal | null {
  const words = Math.max(text.words, 1);
  const per100 = (outbound * 100) / words;
  if (outbound < 15 || per100 < 8) return null;
  const weight = per100 >= 30 ? 30 : per100 >= 15 ? 20 : 10;
  const reason = `${outbound} outbound links in ${text.words} words of text (${Math.round(per100)} per 100 words)`;
  return { id: 'link-density', label: 'Dense outbound links', weight, reason };
}

function sponsoredShare(outbound: readonly ScannedLink[], total: number): Signal | null {
  const sponsored = occurrences(outbound.filter((l) => l.rel.includes('sponsored')));
  const share = total > 0 ? sponsored / total : 0;
  if (sponsored < 3 || share < 0.3) return null;
  const reason = `${sponsored} of ${total} outbound links (${Math.round(share * 100)}%) are marked sponsored`;
  return { id: 'sponsored-share', label: 'Many sponsored links', weight: share >= 0.6 ? 20 : 10, reason };
}

function manyDomains(outbound: readonly ScannedLink[]): Signal | null {
  const domains = countSites(outbound.map((l) => l.host));
  if (domains <= 50) return null;
  return { id: 'many-domains', label: 'Many unrelated outbound domains', weight: domains > 100 ? 25 : 15, reason: `Links out to ${domains} distinct domains` };
}

/** Where the page text does not reach: anchors there are read on their own. */
const OUTSIDE_TEXT = new Set<ScannedLink['position']>(['nav', 'footer', 'aside']);

function clusters(text: PageText, links: readonly ScannedLink[]): Signal[] {
  const anchors = links
    .filter((l) => OUTSIDE_TEXT.has(l.position))
    .map((l) => foldOnce(l.text))
    .join(' | ');
  const words = new Map<string, string>(); // hosts repeat: each is split into words once
  const hostWords = (host: string): string => {
    let out = words.get(host);
    if (out === undefined) words.set(host, (out = host.replace(/[.-]+/g, ' ')));
    return out;
  };
  const hosts = links.filter((l) => l.outbound).map((l) => hostWords(l.host)).join(' | ');
  const haystack = `${text.folded} | ${anchors} | ${hosts}`;
  const out: Signal[] = [];
  for (const cluster of SPAM_CLUSTERS) {
    const found = matchCounts(cluster.terms, haystack, 2_000);
    const total = found.reduce((n, f) => n + f.count, 0);
    if (total < 4 || found.length < 2) continue;
    const listed = found.slice(0, 4).map((f) => `"${f.phrase}" (${f.count}×)`).join(', ');
    const weight = total >= 12 && found.length >= 3 ? 25 : 15;
    out.push({ id: `keywords-${cluster.id}`, label: cluster.label, weight, reason: `${listed} in text and link anchors` });
  }
  return out;
}

function moneyAnchors(outbound: readonly ScannedLink[]): Signal | null {
  let described = 0;
  let money = 0;
  let example = '';
  for (const l of outbound) {
    const text = foldOnce(l.text);
    const words = text ? text.split(' ').length : 0;
    if (words === 0) continue;
    described++;
    if (words >= 2 && words <= 6 && hasWord(COMMERCIAL_ANCHOR, text)) {
      money++;
      if (!example) example = l.text;
    }
  }
  const share = described > 0 ? money / described : 0;
  if (money < 5 || share < 0.25) return null;
  const reason = `${money} of ${described} outbound links use commercial anchors like "${cap(example, 50)}"`;
  return { id: 'money-anchors', label: 'Exact-match commercial anchors', weight: share >= 0.6 ? 20 : 12, reason };
}

/** Outbound links hidden by an inline style on the link or an ancestor (no layout is computed). */
function hiddenLinks(doc: Document, pageDomain: string): Signal | null {
  const hidden = new Set<Element>();
  const how = new Set<string>();
  let lastRoot: Element | null = null;
  for (const el of Array.from(doc.querySelectorAll('[style]'))) {
    if (lastRoot?.contains(el)) continue; // already counted with its hidden ancestor
    const m = HIDING.exec((el.getAttribute('style') ?? '').slice(0, 2_000).replace(/\s+/g, '').toLowerCase());
    if (!m?.[1]) continue;
    lastRoot = el;
    const anchors = el.matches('a[href]') ? [el] : Array.from(el.querySelectorAll('a[href]'));
    for (const a of anchors) {
      const host = hrefHost(a.getAttribute('href') ?? '', '');
      if (!host || hostOnSite(host, pageDomain)) continue;
      hidden.add(a);
      how.add(m[1].replace(/:0(?:\.0+)?\D*$/, ':0'));
    }
  }
  if (hidden.size === 0) return null;
  const reason = `${hidden.size} outbound link${hidden.size === 1 ? '' : 's'} hidden with inline styles (${Array.from(how).join(', ')})`;
  return { id: 'hidden-links', label: 'Hidden links', weight: hidden.size >= 3 ? 25 : 15, reason };
}

/** Affiliate links that do not say so with rel="sponsored" (Google asks for it on paid links). */
function unmarkedAffiliates(links: readonly ScannedLink[]): Signal | null {
  const affiliate = occurrences(links.filter((l) => l.affiliate));
  const unmarked = occurrences(links.filter((l) => l.affiliate && !l.rel.includes('sponsored')));
  if (unmarked < 3) return null;
  const reason = `${unmarked} affiliate link${unmarked === 1 ? '' : 's'} without rel=sponsored (of ${affiliate} affiliate links)`;
  return { id: 'affiliate-unmarked', label: 'Affiliate links without rel=sponsored', weight: unmarked >= 15 ? 15 : 8, reason };
}

/**
 * Link-farm and spam signals, each with the weight it adds; the score is their capped sum.
 * Reads only what the page states: inline styles, rel tokens, words and anchors.
 */
export function spamSignals(doc: Document, input: SpamInput): SpamReport {
  const text = pageText(doc);
  // Share buttons are the site's own widgets, not links it chose to give.
  const outbound = input.links.filter((l) => l.outbound && !l.share);
  const total = occurrences(outbound);
  const signals = [
    density(total, text),
    sponsoredShare(outbound, total),
    manyDomains(outbound),
    ...clusters(text, input.links),
    moneyAnchors(outbound),
    hiddenLinks(doc, input.pageDomain),
    unmarkedAffiliates(input.links),
  ].filter((s): s is Signal => s !== null);
  const score = Math.min(100, signals.reduce((n, s) => n + s.weight, 0));
  return { score, signals };
}
