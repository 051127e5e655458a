import type { Contact } from '@/lib/schemas/page-scan';
import type { Prospect } from '@/lib/schemas/prospect';
import { joinItems, joinList } from '@/lib/export/csv-cells';

/** The prospect CSV's columns, in order. Stable: spreadsheets and scripts depend on these names. */
export const PROSPECT_COLUMNS = [
  'prospect_id', 'url', 'domain', 'title', 'opportunity_type', 'status', 'campaign', 'tags',
  'contact_emails', 'contact_sources', 'contact_page_url', 'social_profiles', 'contact_name',
  'broken_links', 'links_to_my_site', 'relevance', 'spam_signals', 'notes', 'follow_up_at',
  'created_at', 'updated_at',
] as const;

export type ProspectColumn = (typeof PROSPECT_COLUMNS)[number];
export type ProspectCsvRow = Record<ProspectColumn, string>;

/** ISO text of a date; "" for none, and for a value no date can be (a bad record must not break an export). */
export function isoDate(epochMs: number | null): string {
  if (epochMs === null) return '';
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** `kind ; value ; source`, then `; name ; position ; confidence` only for a contact that has any of them. */
function contactItem(c: Contact): string[] {
  const item = [c.kind, c.value, c.source];
  if (c.name === undefined && c.position === undefined && c.confidence === undefined) return item;
  return [...item, c.name ?? '', c.position ?? '', c.confidence === undefined ? '' : String(c.confidence)];
}

const valuesOf = (contacts: readonly Contact[], kind: Contact['kind']) => contacts.filter((c) => c.kind === kind).map((c) => c.value);

/**
 * One prospect as CSV cells in PROSPECT_COLUMNS order (before formula neutralising), built
 * straight into an array: an export makes 100,000 of them. `contact_sources` lists every contact
 * as `kind ; value ; source` (with `; name ; position ; confidence` when known), phones and forms
 * included, so contacts survive a round trip; the e-mail, contact page, social and name columns
 * are the readable views of the same list. `broken_links` items are
 * `url ; anchor text ; HTTP status ; class`; `links_to_my_site` items are `url ; anchor text ; rel tokens`.
 */
export function prospectCsvCells(p: Prospect, campaignName: (id: string) => string): string[] {
  const contacts = p.contacts;
  return [
    p.id, p.url, p.domain, p.title, p.opportunityType, p.status,
    p.campaignId === null ? '' : campaignName(p.campaignId),
    joinList(p.tags),
    contacts.length === 0 ? '' : joinList(valuesOf(contacts, 'email')),
    joinItems(contacts.map(contactItem)),
    contacts.length === 0 ? '' : joinList(valuesOf(contacts, 'contact-page')),
    contacts.length === 0 ? '' : joinList(valuesOf(contacts, 'social')),
    contacts.length === 0 ? '' : joinList(valuesOf(contacts, 'author')),
    joinItems(p.brokenLinks.map((b) => [b.url, b.anchorText, b.httpStatus === null ? '' : String(b.httpStatus), b.statusClass])),
    joinItems(p.linksToMySite.map((l) => [l.url, l.anchorText, l.rel.join(' ')])),
    String(p.relevance),
    joinList(p.spamSignals),
    p.notes,
    isoDate(p.followUpAt),
    isoDate(p.createdAt),
    isoDate(p.updatedAt),
  ];
}

/** The same cells by column name. */
export function prospectToCsvRow(p: Prospect, campaignName: (id: string) => string): ProspectCsvRow {
  const cells = prospectCsvCells(p, campaignName);
  return Object.fromEntries(PROSPECT_COLUMNS.map((column, i) => [column, cells[i] ?? ''])) as ProspectCsvRow;
}
