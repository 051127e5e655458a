import type { PageKind, PageScan } from '@/lib/schemas/page-scan';
import type { OpportunityType } from '@/lib/schemas/prospect';

const BY_KIND: Record<PageKind, OpportunityType> = {
  resource: 'resource-page',
  roundup: 'resource-page',
  'guest-post': 'guest-post',
  directory: 'directory',
  'journalist-query': 'journalist-query',
  contact: 'other',
  article: 'other',
};

/** Kinds whose outreach angle is weaker than a dead link to replace. */
const BROKEN_LINK_WINS_OVER: ReadonlySet<PageKind> = new Set(['resource', 'roundup', 'article', 'contact']);

/**
 * The opportunity a saved page most likely is, from its best page kind. When broken outbound
 * links were found on a resource list or an article, the pitch is the broken link itself; a
 * guest-post, directory or journalist page keeps its own type because that is the stronger ask.
 */
export function suggestOpportunityType(scan: Pick<PageScan, 'kinds'>, brokenLinkCount = 0): OpportunityType {
  const best = scan.kinds[0]?.kind ?? 'article';
  if (brokenLinkCount > 0 && BROKEN_LINK_WINS_OVER.has(best)) return 'broken-link';
  return BY_KIND[best];
}
