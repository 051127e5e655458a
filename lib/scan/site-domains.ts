import { approximateSiteDomain } from '@/lib/url/same-site';

/**
 * Site domains of link hosts, each host worked out once per scan: the list, roundup and spam rules
 * all count the distinct sites a page links to, and a page with thousands of links repeats hosts
 * across them. Forgotten at the end of the task, as the page text is (see `pageText`).
 */
const memo = new Map<string, string>();
let clearing = false;

function siteDomain(host: string): string {
  let domain = memo.get(host);
  if (domain === undefined) {
    memo.set(host, (domain = approximateSiteDomain(host)));
    if (!clearing) {
      clearing = true;
      queueMicrotask(() => {
        memo.clear();
        clearing = false;
      });
    }
  }
  return domain;
}

/** How many distinct sites (approximate registrable domains) `hosts` belong to. */
export function countSites(hosts: Iterable<string>): number {
  const sites = new Set<string>();
  for (const host of hosts) sites.add(siteDomain(host));
  return sites.size;
}
