import type { ScannedLink } from '@/lib/schemas/page-scan';

export type LinkFilter = 'content' | 'all' | 'outbound' | 'internal' | 'nofollow' | 'sponsored' | 'ugc' | 'affiliate' | 'share' | 'own';

export const LINK_FILTERS: readonly { value: LinkFilter; label: string }[] = [
  { value: 'content', label: 'In content' },
  { value: 'outbound', label: 'All outbound' },
  { value: 'internal', label: 'Internal' },
  { value: 'all', label: 'All links' },
  { value: 'nofollow', label: 'Nofollow' },
  { value: 'sponsored', label: 'Sponsored' },
  { value: 'ugc', label: 'UGC' },
  { value: 'affiliate', label: 'Affiliate' },
  { value: 'share', label: 'Share buttons' },
  { value: 'own', label: 'To my site' },
];

const MATCHERS: Record<LinkFilter, (l: ScannedLink) => boolean> = {
  all: () => true,
  // Outbound links of the main text: not navigation, sidebars, footers, share widgets or comments.
  content: (l) => l.outbound && l.inContent === true,
  // Share and intent buttons are the site's widgets, not links it gives: listed on their own.
  outbound: (l) => l.outbound && !l.share,
  internal: (l) => !l.outbound,
  nofollow: (l) => l.rel.includes('nofollow'),
  sponsored: (l) => l.rel.includes('sponsored'),
  ugc: (l) => l.rel.includes('ugc'),
  affiliate: (l) => l.affiliate === true,
  share: (l) => l.share === true,
  own: (l) => l.toOwnSite,
};

/** Links passing the filter whose URL or anchor text contains every word of the query. */
export function filterLinks(links: readonly ScannedLink[], filter: LinkFilter, query: string): ScannedLink[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const match = MATCHERS[filter];
  return links.filter((l) => {
    if (!match(l)) return false;
    if (words.length === 0) return true;
    const hay = `${l.url} ${l.text}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
