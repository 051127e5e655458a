import Papa from 'papaparse';
import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import { neutraliseCell } from '@/lib/export/csv-cells';
import { PROSPECT_COLUMNS, prospectCsvCells } from '@/lib/export/prospect-columns';

export const BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

/** RFC 4180 lines (CRLF, quotes doubled) for rows of cells, neutralised against formulas. */
export function csvLines(rows: ReadonlyArray<readonly string[]>): string {
  return Papa.unparse(rows.map((row) => row.map(neutraliseCell)), { newline: '\r\n' });
}

export interface CsvExportOptions {
  /** Rows written so far, after each chunk. */
  onProgress?: (rows: number) => void;
  /** Stops between chunks (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
}

/**
 * Lets the page paint and handle input between chunks. A message, not a timer: browsers hold
 * nested zero-delay timers to 4 ms each, which a hundred chunks would add up.
 */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** The CSV's first line (with the BOM): the column names. */
export function prospectCsvHeader(): string {
  return `${BOM}${csvLines([[...PROSPECT_COLUMNS]])}\r\n`;
}

/** Lines for a chunk of prospects, each ending in CRLF; `campaignNames` maps campaign id → name. */
export function prospectCsvChunk(chunk: readonly Prospect[], campaignNames: ReadonlyMap<string, string>): string {
  const campaignName = (id: string) => campaignNames.get(id) ?? '';
  return `${csvLines(chunk.map((p) => prospectCsvCells(p, campaignName)))}\r\n`;
}

/**
 * The prospects CSV as a Blob built from one string part per chunk, so 100,000 rows never become
 * one giant string, and the page stays responsive: it yields after each chunk, reports progress
 * and can be stopped. UTF-8 with a BOM so spreadsheet apps read accents right.
 */
export async function exportProspectsCsv(source: AsyncIterable<Prospect[]> | Iterable<Prospect[]>, campaigns: readonly Campaign[], options: CsvExportOptions = {}): Promise<Blob> {
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const parts: string[] = [prospectCsvHeader()];
  let written = 0;
  for await (const chunk of source) {
    options.signal?.throwIfAborted();
    if (chunk.length === 0) continue;
    parts.push(prospectCsvChunk(chunk, names));
    written += chunk.length;
    options.onProgress?.(written);
    await pause();
  }
  options.signal?.throwIfAborted();
  return new Blob(parts, { type: CSV_MIME });
}
