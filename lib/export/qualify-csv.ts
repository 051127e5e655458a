import type { JudgedRow } from '@/lib/qualify/table';
import { BOM, csvLines } from '@/lib/export/prospect-csv';

/** The qualification CSV's columns, in order (README: "Bulk qualification"). */
export const QUALIFY_COLUMNS = [
  'url', 'final_url', 'status_class', 'http_status', 'redirect_hops', 'lang', 'title', 'meta_robots', 'x_robots_tag',
  'canonical_is_self', 'indexable', 'word_count', 'outbound_links', 'nofollow_share', 'page_kind', 'kind_score', 'relevance',
  'emails', 'contact_page', 'social_profiles', 'modified_at', 'spam_score', 'affiliate_links', 'already_in_prospects',
  'disqualified_reason', 'score',
] as const;

const bool = (v: boolean | null | undefined) => (v === null || v === undefined ? '' : v ? 'true' : 'false');
const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

function cells(row: JudgedRow): string[] {
  const f = row.facts;
  const of = (kind: string) => (f?.contacts ?? []).filter((c) => c.kind === kind).map((c) => c.value).join(' | ');
  return [
    row.url, f?.finalUrl ?? '', f?.statusClass ?? (row.state === 'failed' ? 'failed' : ''), num(f?.httpStatus), num(f?.redirectHops),
    f?.lang ?? '', f?.title ?? '', f?.metaRobots ?? '', f?.xRobotsTag ?? '', bool(f?.canonicalIsSelf), bool(f?.indexable),
    num(f?.wordCount), num(f?.outboundLinks), f ? f.nofollowShare.toFixed(2) : '', f?.pageKind ?? '', num(f?.kindScore),
    num(f?.relevance), of('email'), f?.contactPage ?? '', of('social'), f?.modifiedAt ?? '', num(f?.spamScore),
    num(f?.affiliateLinks), bool(row.alreadyInProspects), row.disqualified?.reason ?? '', num(row.score?.total),
  ];
}

/** The table as CSV text: UTF-8 with BOM, RFC 4180, formula cells neutralised. */
export function qualifyCsv(rows: readonly JudgedRow[]): string {
  return `${BOM}${csvLines([[...QUALIFY_COLUMNS], ...rows.map(cells)])}\r\n`;
}
