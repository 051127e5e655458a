import type { Contact } from '@/lib/schemas/page-scan';
import { contactKindSchema } from '@/lib/schemas/page-scan';
import { verdictClassSchema } from '@/lib/schemas/link-verdict';
import { opportunityTypeSchema, prospectStatusSchema, type Prospect } from '@/lib/schemas/prospect';
import { normalizeUrl } from '@/lib/url/normalize';
import { mergeContacts } from '@/lib/db/prospect-from-scan';
import { restoreCell, splitItems, splitList } from '@/lib/export/csv-cells';
import type { ColumnMap, ImportField } from '@/lib/export/import-columns';

/** Prospect fields a row sets: only those whose column is in the file. */
export type RowFields = Partial<Omit<Prospect, 'campaignId' | 'history' | 'normalizedUrl' | 'domain'>> & {
  url: string;
  normalizedUrl: string;
  /** Campaign name; '' for none. Resolved to an id by the planner. */
  campaign?: string;
};

/** A row problem, phrased for "line N: …". */
export class RowError extends Error {}

const IMPORTED = 'imported';

function cell(cells: readonly string[], map: ColumnMap, field: ImportField): string | undefined {
  const indexes = map.columns.get(field);
  if (!indexes) return undefined;
  const raw = cells[indexes[0] as number] ?? '';
  return map.ownFormat ? restoreCell(raw) : raw.trim();
}

/** All values of a list field, across every column that feeds it. */
function listCells(cells: readonly string[], map: ColumnMap, field: ImportField): string[] | undefined {
  const indexes = map.columns.get(field);
  if (!indexes) return undefined;
  return indexes.flatMap((i) => {
    // Our own export is taken exactly as written; hand-made files get their spaces trimmed.
    const values = map.ownFormat ? splitList(restoreCell(cells[i] ?? '')) : splitList((cells[i] ?? '').trim()).map((v) => v.trim());
    return values.filter((v) => v !== '');
  });
}

function parseUrl(cells: readonly string[], map: ColumnMap): { url: string; normalizedUrl: string } {
  const url = cell(cells, map, 'url');
  const domain = cell(cells, map, 'domain');
  const given = url || (domain ? `https://${domain.replace(/^\/+|\/+$/g, '')}/` : '');
  if (!given) throw new RowError('no URL (the url or domain cell is empty)');
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(given) ? given : `https://${given}`;
  const normalizedUrl = normalizeUrl(absolute);
  if (!normalizedUrl) throw new RowError(`"${given}" is not an http(s) URL`);
  return { url: absolute, normalizedUrl };
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

function parseContacts(cells: readonly string[], map: ColumnMap): Contact[] | undefined {
  const parts: Contact[][] = [];
  const sources = cell(cells, map, 'contactSources');
  if (sources !== undefined) {
    parts.push(splitItems(sources).map(([kind = '', value = '', source = ''], i) => {
      const parsedKind = contactKindSchema.safeParse(kind.trim());
      if (!parsedKind.success || !value) throw new RowError(`contact_sources item ${i + 1} is not "kind ; value ; source"`);
      return { kind: parsedKind.data, value, source };
    }));
  }
  const add = (field: ImportField, kind: Contact['kind']) => {
    const values = listCells(cells, map, field);
    if (values) parts.push(values.map((value) => ({ kind, value, source: IMPORTED })));
  };
  const emails = listCells(cells, map, 'emails');
  // Our own export carries whatever the user typed as a contact; other tools' cells are checked.
  const badEmail = map.ownFormat ? undefined : emails?.find((e) => !/^[^\s@]+@[^\s@]+$/.test(e));
  if (badEmail) throw new RowError(`"${badEmail}" is not an e-mail address`);
  add('emails', 'email');
  add('contactPages', 'contact-page');
  add('socials', 'social');
  add('names', 'author');
  add('phones', 'phone');
  const fullName = [cell(cells, map, 'firstName'), cell(cells, map, 'lastName')].filter(Boolean).join(' ');
  if (fullName) parts.push([{ kind: 'author', value: fullName, source: IMPORTED }]);
  const anyColumn = ['contactSources', 'emails', 'contactPages', 'socials', 'names', 'phones', 'firstName', 'lastName'].some((f) => map.columns.has(f as ImportField));
  return anyColumn ? mergeContacts(...parts) : undefined;
}

export function rowToFields(cells: readonly string[], map: ColumnMap): RowFields {
  const fields: RowFields = parseUrl(cells, map);
  const text = (field: ImportField) => cell(cells, map, field);
  const id = text('id');
  if (id) fields.id = id;
  if (text('title') !== undefined) fields.title = text('title');
  const type = text('opportunityType');
  if (type) fields.opportunityType = parseEnum(type, opportunityTypeSchema.options, 'opportunity type');
  const status = text('status');
  if (status) fields.status = parseEnum(status, prospectStatusSchema.options, 'status');
  if (text('campaign') !== undefined) fields.campaign = text('campaign')?.trim();
  const tags = listCells(cells, map, 'tags');
  if (tags) fields.tags = [...new Set(tags)];
  const contacts = parseContacts(cells, map);
  if (contacts) fields.contacts = contacts;
  const broken = text('brokenLinks');
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
  const mine = text('linksToMySite');
  if (mine !== undefined) {
    fields.linksToMySite = splitItems(mine).map(([url = '', anchorText = '', rel = '']) => ({ url, anchorText, rel: rel.split(' ').filter(Boolean) }));
  }
  const relevance = text('relevance');
  if (relevance) {
    const value = Number(relevance);
    if (!(value >= 0 && value <= 100)) throw new RowError(`relevance "${relevance}" is not a number from 0 to 100`);
    fields.relevance = value;
  }
  const spam = listCells(cells, map, 'spamSignals');
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
