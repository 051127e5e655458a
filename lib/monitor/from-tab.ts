import type { PageRead } from '@/lib/schemas/page-read';
import type { PageScan } from '@/lib/schemas/page-scan';
import { judgeIndexable } from '@/lib/reader/indexable';

/**
 * A live tab's scan in the shape of a page read, for "verify in a tab": the page loaded in the
 * browser, scripts ran, and the scanner saw the DOM they built. Headers are unknown in a tab.
 */
export function readFromTab(scan: PageScan, now: number): PageRead {
  return {
    url: scan.url, finalUrl: scan.url,
    verdict: { url: scan.url, class: 'ok', httpStatus: null, finalUrl: scan.url, hops: [], requests: [], reason: 'scanned in a browser tab', checkedAt: now, durationMs: 0 },
    contentType: scan.contentType, charset: null, bytes: 0, truncated: false, xRobotsTag: null,
    index: judgeIndexable({ verdictClass: 'ok', httpStatus: null, finalUrl: scan.url, xRobotsTag: null, meta: scan.meta }),
    scan, parseMs: scan.durationMs, readAt: now,
  };
}
