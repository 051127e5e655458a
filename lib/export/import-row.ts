import { verdictClassSchema } from '@/lib/schemas/link-verdict';
import { opportunityTypeSchema, prospectStatusSchema, type Prospect } from '@/lib/schemas/prospect';
import { normalizeUrl } from '@/lib/url/normalize';
import { splitItems } from '@/lib/export/csv-cells';
import type { ColumnMap, ImportField } from '@/lib/export/import-columns';
import { cellOf, listOf, RowError } from '@/lib/export/import-cells';
import { parseContacts } from '@/lib/export/import-contacts';
import { LINK_LISTED, mapStage } from '@/lib/export/import-stages';

export { RowError } from '@/lib/export/import-cells';

/** Prospect fields a row sets: only those whose column is in the file. */
export type RowFields = Partial<Omit<Prospect, 'campaignId' | 'history' | 'normalizedUrl' | 'domain'>> & {
  url: string;
  normalizedUrl: string;
  /** The row names a site (a domain or a home page), not one page: it may join the domain's prospect. */
  siteOnly: boolean;
  /** Campaign name; '' for none. Resolved to an id by the planner. */
  campaign?: string;
  /** The file's own stage word, kept for the preview's mapping table. */
  stage?: string;
  /** The site's name (BuzzStream's link partner, Hunter's organisation): the title of a new prospect only. */
  siteName?: string;
};

function parseUrl(cells: readonly string[], map: ColumnMap): Pick<RowFields, 'url' | 'normalizedUrl' | 'siteOnly'> {
  const url = cellOf(cells, map, 'url');
  const domain = cellOf(cells, map, 'domain');
  const given = url || (domain ? `https://${domain.replace(/^[a-z]+:\/\//i, '').replace(/^\/+|\/+$/g, '')}/` : '');
  if (!given) throw new RowError('no URL (the url or domain cell is empty)');
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(given) ? given : `https://${given}`;
  const normalizedUrl = normalizeUrl(absolute);
  if (!normalizedUrl) throw new RowError(`"${given}" is not an http(s) URL`);
  return { url: absolute, normalizedUrl, siteOnly: /^https:\/\/[^/]+\/$/.test(normalizedUrl) };
}

function parseEnum<T extends string>(value: string, options: readonly T[], label: string): T {
  const key = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const found = options.find((o) => o === key);
  if (!found) throw new RowError(`unknown ${label} "${value}" (expected one of: ${options.join(', ')})`);
  return found;
}

function parseDate(value: string, label: string): number | null {
  if (value.trim() === '') return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RowError(`${label} "${value}" is not a date (use ISO 8601, e.g. 2025-03-01T09:00:00Z)`);
  return ms;
}

/** Our own export must use our statuses; other tools' stages go through the mapping table. */
function parseStatus(fields: RowFields, cells: readonly string[], map: ColumnMap): void {
  const status = cellOf(cells, map, 'status');
  if (status && map.ownFormat) fields.status = parseEnum(status, prospectStatusSchema.options, 'status');
  else if (status) {
    fields.stage = status;
    const mapped = mapStage(status);
    if (mapped) fields.status = mapped;
  } else if (fields.linksToMySite?.length) {
    fields.stage = LINK_LISTED;
    fields.status = 'won';
  }
}

function parseLinks(fields: RowFields, cells: readonly string[], map: ColumnMap): void {
  const broken = cellOf(cells, map, 'brokenLinks');
  if (broken !== undefined) {
    fields.brokenLinks = splitItems(broken).map(([url = '', anchorText = '', status = '', cls = ''], i) => {
      const statusClass = verdictClassSchema.safeParse(cls.trim());
      const httpStatus = status.trim() === '' ? null : Number(status);
      if (!url || !statusClass.success || (httpStatus !== null && !Number.isInteger(httpStatus))) {
        throw new RowError(`broken_links item ${i + 1} is not "url ; anchor text ; HTTP status ; class"`);
      }
      return { url, anchorText, httpStatus, statusClass: statusClass.data };
    });
  }
  const mine = cellOf(cells, map, 'linksToMySite');
  if (mine !== undefined) {
    fields.linksToMySite = splitItems(mine).map(([url = '', anchorText = '', rel = '']) => ({ url, anchorText, rel: rel.split(' ').filter(Boolean) }));
  }
  // BuzzStream's "Linking To" is the user's page the partner links to, with its anchor text.
  const target = cellOf(cells, map, 'linkingTo');
  if (target) fields.linksToMySite = [{ url: target, anchorText: cellOf(cells, map, 'anchorText') ?? '', rel: [] }];
}

export function rowToFields(cells: readonly string[], map: ColumnMap): RowFields {
  const fields: RowFields = parseUrl(cells, map);
  const text = (field: ImportField) => cellOf(cells, map, field);
  const id = text('id');
  if (id) fields.id = id;
  if (text('title') !== undefined) fields.title = text('title');
  if (text('siteName')) fields.siteName = text('siteName');
  const type = text('opportunityType');
  if (type) fields.opportunityType = parseEnum(type, opportunityTypeSchema.options, 'opportunity type');
  if (text('campaign') !== undefined) fields.campaign = text('campaign')?.trim();
  const tags = listOf(cells, map, 'tags', map.ownFormat ? undefined : /\s*[|,;]\s*/);
  const acquisition = text('acquisition');
  if (tags || acquisition) fields.tags = [...new Set([...(tags ?? []), ...(acquisition ? [`acquisition: ${acquisition.toLowerCase()}`] : [])])];
  const contacts = parseContacts(cells, map);
  if (contacts) fields.contacts = contacts;
  parseLinks(fields, cells, map);
  parseStatus(fields, cells, map);
  const relevance = text('relevance');
  if (relevance) {
    const value = Number(relevance);
    if (!(value >= 0 && value <= 100)) throw new RowError(`relevance "${relevance}" is not a number from 0 to 100`);
    fields.relevance = value;
  }
  const spam = listOf(cells, map, 'spamSignals');
  if (spam) fields.spamSignals = spam;
  if (text('notes') !== undefined) fields.notes = text('notes');
  const followUp = text('followUpAt');
  if (followUp !== undefined) fields.followUpAt = parseDate(followUp, 'follow_up_at');
  const created = text('createdAt');
  if (created) fields.createdAt = parseDate(created, 'created_at') ?? undefined;
  const updated = text('updatedAt');
  if (updated) fields.updatedAt = parseDate(updated, 'updated_at') ?? undefined;
  return fields;
}
