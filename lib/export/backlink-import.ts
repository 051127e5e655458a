import Papa from 'papaparse';
import type { ImportedBacklink } from '@/lib/schemas/backlink';
import { detectFormat, mapColumns, truthy, type BacklinkField, type BacklinkFormat } from '@/lib/export/backlink-formats';
import { restoreCell } from '@/lib/export/csv-cells';

export interface RowError {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  message: string;
}

export interface BacklinkImportPlan {
  format: BacklinkFormat;
  /** Which header feeds each field, for the preview. */
  mapping: Partial<Record<BacklinkField, string>>;
  /** Headers no field uses: their values are kept with each row. */
  unknownColumns: string[];
  rows: ImportedBacklink[];
  errors: RowError[];
}

const http = (value: string) => {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
};

function relOf(cells: (field: BacklinkField) => string | undefined): string[] {
  const rel = new Set((cells('rel') ?? '').toLowerCase().split(/[\s,]+/).filter((t) => t === 'nofollow' || t === 'ugc' || t === 'sponsored'));
  if (truthy(cells('nofollow'))) rel.add('nofollow');
  if (truthy(cells('ugc'))) rel.add('ugc');
  if (truthy(cells('sponsored'))) rel.add('sponsored');
  return [...rel].sort();
}

/** Reads a backlink export (any supported tool) into rows, with bad rows reported by line. */
export function planBacklinkImport(text: string): BacklinkImportPlan {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [headers = [], ...data] = parsed.data;
  const format = detectFormat(headers);
  const columns = mapColumns(headers);
  const used = new Set(Object.values(columns));
  const unknownColumns = headers.filter((_h, i) => !used.has(i));
  const mapping = Object.fromEntries(Object.entries(columns).map(([field, i]) => [field, headers[i] ?? ''])) as BacklinkImportPlan['mapping'];
  const rows: ImportedBacklink[] = [];
  const errors: RowError[] = [];
  if (columns.source === undefined && columns.site === undefined) {
    errors.push({ line: 1, message: `No column with the linking page (looked for "Referring page URL", "Source url", "Linking page", "Source URL", "Site"); found ${headers.join(', ') || 'no header'}` });
    return { format, mapping, unknownColumns, rows, errors };
  }
  data.forEach((row, i) => {
    const line = i + 2;
    const cell = (field: BacklinkField) => {
      const index = columns[field];
      return index === undefined ? undefined : restoreCell(row[index] ?? '').trim();
    };
    const site = cell('site');
    const source = http(cell('source') ?? '') ?? (site ? http(`https://${site.replace(/^https?:\/\//, '')}/`) : null);
    if (!source) {
      errors.push({ line, message: `"${cell('source') ?? site ?? ''}" is not an http(s) address` });
      return;
    }
    const rawTarget = cell('target') ?? '';
    const target = rawTarget ? http(rawTarget) : '';
    if (target === null) {
      errors.push({ line, message: `target "${rawTarget}" is not an http(s) address` });
      return;
    }
    const extra = Object.fromEntries(unknownColumns.map((h) => [h, restoreCell(row[headers.indexOf(h)] ?? '')]));
    rows.push({ sourceUrl: source, targetUrl: target, anchorText: cell('anchor') ?? '', rel: relOf(cell), image: truthy(cell('image')), extra });
  });
  return { format, mapping, unknownColumns, rows, errors };
}

/** A pasted list of linking pages, one per line (blank lines and "#" comments skipped). */
export function planPastedUrls(text: string): BacklinkImportPlan {
  const rows: ImportedBacklink[] = [];
  const errors: RowError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const value = raw.trim();
    if (!value || value.startsWith('#')) return;
    const source = http(value);
    if (source) rows.push({ sourceUrl: source, targetUrl: '', anchorText: '', rel: [], image: false, extra: {} });
    else errors.push({ line: i + 1, message: `"${value}" is not an http(s) address` });
  });
  return { format: 'generic', mapping: { source: 'pasted line' }, unknownColumns: [], rows, errors };
}
