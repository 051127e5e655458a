import type { ScannedLink } from '@/lib/schemas/page-scan';

export interface DomainGroup {
  domain: string;
  links: ScannedLink[];
  /** Occurrences on the page, duplicates included. */
  occurrences: number;
}

export interface LinkTotals {
  /** Link occurrences on the page (duplicates included). */
  links: number;
  unique: number;
  outbound: number;
  internal: number;
  outboundDomains: number;
  nofollow: number;
  sponsored: number;
  ugc: number;
  /** Outbound occurrences that pass no value (nofollow, sponsored or ugc), and each flag's share. */
  outboundNotFollowed: number;
  outboundNofollow: number;
  outboundSponsored: number;
  outboundUgc: number;
  /** Share and intent buttons (occurrences): counted here, never as outbound. */
  share: number;
  /** Affiliate link occurrences, and those without rel="sponsored". */
  affiliate: number;
  affiliateUnmarked: number;
}

export function linkTotals(links: readonly ScannedLink[], groupDomain: (host: string) => string): LinkTotals {
  const domains = new Set<string>();
  const totals: LinkTotals = {
    links: 0, unique: links.length, outbound: 0, internal: 0, outboundDomains: 0, nofollow: 0, sponsored: 0, ugc: 0,
    outboundNotFollowed: 0, outboundNofollow: 0, outboundSponsored: 0, outboundUgc: 0, share: 0, affiliate: 0, affiliateUnmarked: 0,
  };
  for (const l of links) {
    totals.links += l.count;
    if (l.affiliate) {
      totals.affiliate += l.count;
      if (!l.rel.includes('sponsored')) totals.affiliateUnmarked += l.count;
    }
    if (l.share) totals.share += l.count;
    else if (l.outbound) {
      totals.outbound += l.count;
      domains.add(groupDomain(l.host));
      if (!l.follow) totals.outboundNotFollowed += l.count;
      if (l.rel.includes('nofollow')) totals.outboundNofollow += l.count;
      if (l.rel.includes('sponsored')) totals.outboundSponsored += l.count;
      if (l.rel.includes('ugc')) totals.outboundUgc += l.count;
    } else totals.internal += l.count;
    if (l.rel.includes('nofollow')) totals.nofollow += l.count;
    if (l.rel.includes('sponsored')) totals.sponsored += l.count;
    if (l.rel.includes('ugc')) totals.ugc += l.count;
  }
  totals.outboundDomains = domains.size;
  return totals;
}

/** Groups links by registrable domain, largest group first, then alphabetically. */
export function groupByDomain(links: readonly ScannedLink[], groupDomain: (host: string) => string): DomainGroup[] {
  const groups = new Map<string, DomainGroup>();
  for (const l of links) {
    const domain = groupDomain(l.host);
    let g = groups.get(domain);
    if (!g) {
      g = { domain, links: [], occurrences: 0 };
      groups.set(domain, g);
    }
    g.links.push(l);
    g.occurrences += l.count;
  }
  return Array.from(groups.values()).sort((a, b) => b.occurrences - a.occurrences || a.domain.localeCompare(b.domain));
}

/** The first `limit` links across groups, keeping group order: what a long list renders at first. */
export function limitGroups(groups: readonly DomainGroup[], limit: number): DomainGroup[] {
  const out: DomainGroup[] = [];
  let left = limit;
  for (const g of groups) {
    if (left <= 0) break;
    out.push(g.links.length <= left ? g : { ...g, links: g.links.slice(0, left) });
    left -= g.links.length;
  }
  return out;
}
