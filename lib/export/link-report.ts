import type { PageScan } from '@/lib/schemas/page-scan';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { BOM, csvLines } from '@/lib/export/prospect-csv';
import { isoDate } from '@/lib/export/prospect-columns';

export const LINK_REPORT_COLUMNS = [
  'page_url', 'page_title', 'link_url', 'anchor_text', 'rel', 'follow', 'position', 'status_class',
  'http_status', 'final_url', 'redirect_hops', 'evidence', 'checked_at',
] as const;

/**
 * One row per link of a scanned page with its check verdict (blank status columns for links not
 * checked). `redirect_hops` is the hop count; `evidence` the verdict's plain-language reason.
 */
export function linkReportCsv(scan: PageScan, verdicts: ReadonlyMap<string, LinkVerdict>): string {
  const rows = scan.links.map((link) => {
    const v = verdicts.get(link.url);
    return [
      scan.url, scan.title, link.url, link.text, link.rel.join(' '), link.follow ? 'follow' : 'nofollow', link.position,
      v?.class ?? '', v?.httpStatus == null ? '' : String(v.httpStatus), v?.finalUrl ?? '',
      v ? String(v.hops.length) : '', v?.reason ?? '', v ? isoDate(v.checkedAt) : '',
    ];
  });
  return `${BOM}${csvLines([[...LINK_REPORT_COLUMNS], ...rows])}\r\n`;
}
