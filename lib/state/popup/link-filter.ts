import type { ScannedLink } from '@/lib/schemas/page-scan';

export type LinkFilter = 'all' | 'outbound' | 'internal' | 'nofollow' | 'sponsored' | 'ugc' | 'own';

export const LINK_FILTERS: readonly { value: LinkFilter; label: string }[] = [
  { value: 'outbound', label: 'Outbound' },
  { value: 'internal', label: 'Internal' },
  { value: 'all', label: 'All links' },
  { value: 'nofollow', label: 'Nofollow' },
  { value: 'sponsored', label: 'Sponsored' },
  { value: 'ugc', label: 'UGC' },
  { value: 'own', label: 'To my site' },
];

const MATCHERS: Record<LinkFilter, (l: ScannedLink) => boolean> = {
  all: () => true,
  outbound: (l) => l.outbound,
  internal: (l) => !l.outbound,
  nofollow: (l) => l.rel.includes('nofollow'),
  sponsored: (l) => l.rel.includes('sponsored'),
  ugc: (l) => l.rel.includes('ugc'),
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
