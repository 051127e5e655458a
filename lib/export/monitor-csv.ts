import { BOM, csvLines } from '@/lib/export/prospect-csv';
import { isoDate } from '@/lib/export/prospect-columns';

export const MONITOR_COLUMNS = [
  'prospect_id', 'page_url', 'target_url', 'anchor_text', 'rel', 'state', 'indexable', 'first_seen', 'last_checked', 'changed_at', 'change',
] as const;

/** The fields of a monitored link the export reads. */
export interface MonitorCsvRow {
  prospectId: string;
  pageUrl: string;
  expected: { targetUrl: string; anchorText: string; rel: string[] };
  /** The link as last found (its real anchor and rel), when it was. */
  found: { targetUrl: string; anchorText: string; rel: string[] } | null;
  state: string;
  indexable: boolean | null;
  firstSeenAt: number | null;
  lastCheckedAt: number | null;
  changedAt: number | null;
  change: string;
}

/**
 * One row per monitored link. Target, anchor and rel are the link as last found on the page, or
 * the expected link when it was not found; `indexable` is yes, no or blank (never checked).
 */
export function monitorCsv(links: readonly MonitorCsvRow[]): string {
  const rows = links.map((l) => {
    const link = l.found ?? l.expected;
    return [
      l.prospectId, l.pageUrl, link.targetUrl, link.anchorText, link.rel.join(' '), l.state,
      l.indexable === null ? '' : l.indexable ? 'yes' : 'no', isoDate(l.firstSeenAt), isoDate(l.lastCheckedAt), isoDate(l.changedAt), l.change,
    ];
  });
  return `${BOM}${csvLines([[...MONITOR_COLUMNS], ...rows])}\r\n`;
}
