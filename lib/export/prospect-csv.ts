import Papa from 'papaparse';
import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';
import { neutraliseCell } from '@/lib/export/csv-cells';
import { PROSPECT_COLUMNS, prospectToCsvRow } from '@/lib/export/prospect-columns';

export const BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';
const CHUNK_ROWS = 1000;

/** RFC 4180 lines (CRLF, quotes doubled) for rows of cells, neutralised against formulas. */
export function csvLines(rows: ReadonlyArray<readonly string[]>): string {
  return Papa.unparse(rows.map((row) => row.map(neutraliseCell)), { newline: '\r\n' });
}

/** Prospects in chunks: the given ids in their order, or every prospect oldest first. */
export async function* prospectChunks(db: LinkscoutDb, ids?: readonly string[], size = CHUNK_ROWS): AsyncGenerator<Prospect[]> {
  // Reading keys first keeps memory at one chunk of records however many prospects there are.
  const keys = ids ?? (await db.prospects.orderBy('createdAt').primaryKeys());
  for (let start = 0; start < keys.length; start += size) {
    // One indexed range read per chunk is much faster in Chromium than bulkGet's per-key requests.
    const chunk = keys.slice(start, start + size);
    const byId = new Map((await db.prospects.where(':id').anyOf(chunk).toArray()).map((row) => [row.id, row]));
    yield chunk.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toProspect(row)] : [];
    });
  }
}

/**
 * The prospects CSV as a Blob built from one string part per chunk, so 100,000 rows never become
 * one giant string. UTF-8 with a BOM so spreadsheet apps read accents right.
 */
export async function exportProspectsCsv(source: AsyncIterable<Prospect[]> | Iterable<Prospect[]>, campaigns: readonly Campaign[]): Promise<Blob> {
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const campaignName = (id: string) => names.get(id) ?? '';
  const parts: string[] = [`${BOM}${csvLines([[...PROSPECT_COLUMNS]])}\r\n`];
  for await (const chunk of source) {
    if (chunk.length === 0) continue;
    const rows = chunk.map((p) => {
      const row = prospectToCsvRow(p, campaignName);
      return PROSPECT_COLUMNS.map((column) => row[column]);
    });
    parts.push(`${csvLines(rows)}\r\n`);
  }
  return new Blob(parts, { type: CSV_MIME });
}
