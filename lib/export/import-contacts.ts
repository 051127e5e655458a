import type { Contact } from '@/lib/schemas/page-scan';
import { contactKindSchema } from '@/lib/schemas/page-scan';
import { mergeContacts } from '@/lib/db/prospect-from-scan';
import { splitItems } from '@/lib/export/csv-cells';
import type { ColumnMap, ImportField, ImportLayout } from '@/lib/export/import-columns';
import { cellOf, listOf, RowError } from '@/lib/export/import-cells';

const SOURCE: Record<ImportLayout, string> = {
  linkscout: 'imported',
  hunter: 'Hunter import',
  'buzzstream-template': 'BuzzStream import',
  'buzzstream-export': 'BuzzStream import',
  pitchbox: 'imported',
  generic: 'imported',
};

/** A cell with several addresses ("a@x.org; b@x.org", "a@x.org, b@x.org", one per line) holds several contacts. */
const ADDRESS_SEPARATORS = /[\s,;|]+/;
const CONTACT_FIELDS: readonly ImportField[] = ['contactSources', 'emails', 'contactPages', 'socials', 'twitter', 'names', 'firstName', 'lastName', 'phones'];

/** `kind ; value ; source [; name ; position ; confidence]` items of our own contact_sources column. */
function ownContacts(cell: string): Contact[] {
  return splitItems(cell).map(([kind = '', value = '', source = '', name = '', position = '', confidence = ''], i) => {
    const parsedKind = contactKindSchema.safeParse(kind.trim());
    const score = confidence === '' ? undefined : Number(confidence);
    if (!parsedKind.success || !value || (score !== undefined && !(score >= 0 && score <= 100))) {
      throw new RowError(`contact_sources item ${i + 1} is not "kind ; value ; source"`);
    }
    return { kind: parsedKind.data, value, source, ...(name && { name }), ...(position && { position }), ...(score !== undefined && { confidence: score }) };
  });
}

function twitterUrl(handle: string): string {
  return /^https?:\/\//i.test(handle) || handle.includes('/') ? handle : `https://twitter.com/${handle.replace(/^@/, '')}`;
}

/** The person a row describes (Hunter, Pitchbox: one person per row), kept on their e-mail contact. */
function person(cells: readonly string[], map: ColumnMap): Pick<Contact, 'name' | 'position' | 'confidence'> {
  const full = map.ownFormat ? '' : cellOf(cells, map, 'names');
  const name = full || [cellOf(cells, map, 'firstName'), cellOf(cells, map, 'lastName')].filter(Boolean).join(' ');
  const position = cellOf(cells, map, 'position');
  const confidence = Number(cellOf(cells, map, 'confidence') || Number.NaN);
  return { ...(name && { name }), ...(position && { position }), ...(confidence >= 0 && confidence <= 100 && { confidence }) };
}

export function parseContacts(cells: readonly string[], map: ColumnMap): Contact[] | undefined {
  if (!CONTACT_FIELDS.some((f) => map.columns.has(f))) return undefined;
  const source = SOURCE[map.layout];
  const parts: Contact[][] = [];
  const sources = cellOf(cells, map, 'contactSources');
  if (sources !== undefined) parts.push(ownContacts(sources));
  const emails = listOf(cells, map, 'emails', map.ownFormat ? undefined : ADDRESS_SEPARATORS) ?? [];
  // Our own export carries whatever the user typed as a contact; other tools' cells are checked.
  const badEmail = map.ownFormat ? undefined : emails.find((e) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e));
  if (badEmail) throw new RowError(`"${badEmail}" is not an e-mail address`);
  const who = person(cells, map);
  // A named person goes with their one address; a cell of several addresses is a site's inboxes.
  const attach = emails.length === 1 ? who : {};
  parts.push(emails.map((value) => ({ kind: 'email', value, source, ...attach })));
  const add = (field: ImportField, kind: Contact['kind'], shape: (v: string) => string = (v) => v) =>
    parts.push((listOf(cells, map, field) ?? []).map((value) => ({ kind, value: shape(value), source })));
  add('contactPages', 'contact-page');
  add('socials', 'social');
  add('twitter', 'social', twitterUrl);
  add('phones', 'phone');
  if (map.ownFormat) add('names', 'author');
  else if (who.name && emails.length !== 1) parts.push([{ kind: 'author', value: who.name, source, ...(who.position && { position: who.position }) }]);
  return mergeContacts(...parts);
}
