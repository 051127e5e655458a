import type { PageRead } from '@/lib/schemas/page-read';
import type { BacklinkVerification, ImportedBacklink } from '@/lib/schemas/backlink';
import { targetKey } from '@/lib/url/same-target';
import { DEAD_CLASSES } from '@/lib/schemas/dead-classes';

/**
 * What one read of the linking page says about a backlink: is the link there (the listed target,
 * or any link to the user's sites when the export named none), its rel and anchor, whether the
 * page is indexable, and the scanner's spam signals for the page.
 */
export function verifyBacklink(read: PageRead, backlink: Pick<ImportedBacklink, 'targetUrl' | 'image'>, now: number): BacklinkVerification {
  const scan = read.scan;
  const base = {
    at: now, targetUrl: '', rel: [] as string[], anchorText: '', image: backlink.image,
    indexable: scan ? read.index.indexable : null, indexReason: read.index.reason,
    spamScore: scan?.spam.score ?? 0, spamSignals: (scan?.spam.signals ?? []).map((s) => ({ label: s.label, reason: s.reason })),
  };
  if (DEAD_CLASSES.has(read.verdict.class)) return { ...base, state: 'page-gone', detail: read.verdict.reason };
  if (!scan) return { ...base, state: 'unverifiable', detail: `${read.verdict.class}: ${read.verdict.reason}` };
  const wanted = backlink.targetUrl ? targetKey(backlink.targetUrl) : null;
  const link = scan.links.find((l) => (wanted ? targetKey(l.url) === wanted : l.toOwnSite));
  if (!link) {
    return { ...base, state: 'missing', detail: wanted ? `No link to ${backlink.targetUrl} in the page's HTML` : "No link to your sites in the page's HTML" };
  }
  return { ...base, state: 'present', detail: 'The link is there', targetUrl: link.url, rel: link.rel, anchorText: link.text };
}
