import type { ScannedLink } from '@/lib/schemas/page-scan';

/** Networks and redirectors whose links are paid placements. */
const AFFILIATE_HOST = /(?:^|\.)(?:amzn\.to|shareasale\.com|awin1\.com|anrdoezrs\.net|jdoqocy\.com|tkqlhce\.com|dpbolvw\.net|kqzyfj\.com|linksynergy\.com|impact\.com|sjv\.io|pxf\.io|go\.skimresources\.com|partnerize\.com|prf\.hn|clickbank\.net|avantlink\.com|rstyle\.me|shopstyle\.it)$/;
const AFFILIATE_PARAM = /[?&](?:tag|aff(?:iliate)?(?:_?id)?|affid|ref(?:id)?|partner(?:id)?|clickid|irclickid)=|[?&]utm_medium=affiliate/i;
const AFFILIATE_PATH = /\/(?:go|recommends|out|refer|aff)\//i;

/** Outbound links that look like affiliate links: sponsored rel, known networks, tracking parameters, cloaking paths. */
export function affiliateLinkCount(links: readonly Pick<ScannedLink, 'url' | 'host' | 'rel' | 'outbound'>[]): number {
  return links.filter((l) => {
    if (l.rel.includes('sponsored')) return true;
    if (AFFILIATE_HOST.test(l.host.toLowerCase())) return true;
    if (l.outbound && AFFILIATE_PARAM.test(l.url)) return true;
    // Cloaked affiliate links sit on the page's own site ("/go/product").
    return !l.outbound && AFFILIATE_PATH.test(l.url);
  }).length;
}
