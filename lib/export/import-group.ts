import type { RowFields } from '@/lib/export/import-row';
import { mergeContactDetails } from '@/lib/export/import-merge';

/** Rows of one page (or one site, for files that name only a domain) that become one prospect. */
export interface RowGroup {
  /** File lines, in order. */
  lines: number[];
  fields: RowFields;
}

function unionOf<T>(a: readonly T[] | undefined, b: readonly T[] | undefined, key: (item: T) => string = String): T[] | undefined {
  if (!a) return b && [...b];
  if (!b) return [...a];
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((item) => !seen.has(key(item)) && seen.add(key(item)))];
}

function joinNotes(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (!b.trim() || a.includes(b)) return a;
  return a.trim() ? `${a}\n${b}` : b;
}

/**
 * One prospect's fields from two rows: contacts, tags and links add up, notes are joined once each,
 * and single values come from the first row that has one (a person's row in a Hunter file does not
 * erase the site's title given by an earlier row).
 */
export function combineFields(a: RowFields, b: RowFields): RowFields {
  const merged: RowFields = { ...b, ...Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined && v !== '')) };
  const contacts = a.contacts || b.contacts ? mergeContactDetails(a.contacts ?? [], b.contacts ?? []) : undefined;
  const parts = {
    contacts,
    tags: unionOf(a.tags, b.tags),
    notes: joinNotes(a.notes, b.notes),
    brokenLinks: unionOf(a.brokenLinks, b.brokenLinks, (l) => l.url),
    linksToMySite: unionOf(a.linksToMySite, b.linksToMySite, (l) => `${l.url}\u0000${l.anchorText}`),
    spamSignals: unionOf(a.spamSignals, b.spamSignals),
  };
  for (const [key, value] of Object.entries(parts)) if (value !== undefined) Object.assign(merged, { [key]: value });
  return { ...merged, siteOnly: a.siteOnly && b.siteOnly };
}

/** Groups rows by page: every row of one normalised URL (a domain-only row is its home page) is one group. */
export function groupRows(rows: ReadonlyArray<{ line: number; fields: RowFields }>): RowGroup[] {
  const groups = new Map<string, RowGroup>();
  for (const { line, fields } of rows) {
    const group = groups.get(fields.normalizedUrl);
    if (!group) groups.set(fields.normalizedUrl, { lines: [line], fields });
    else {
      group.lines.push(line);
      group.fields = combineFields(group.fields, fields);
    }
  }
  return [...groups.values()];
}
