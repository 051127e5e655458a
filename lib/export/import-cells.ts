import { restoreCell, splitList } from '@/lib/export/csv-cells';
import type { ColumnMap, ImportField } from '@/lib/export/import-columns';

/** A row problem, phrased for "line N: …". */
export class RowError extends Error {}

/** The first column's cell for a field: our own export taken exactly, other files trimmed. */
export function cellOf(cells: readonly string[], map: ColumnMap, field: ImportField): string | undefined {
  const indexes = map.columns.get(field);
  if (!indexes) return undefined;
  const raw = cells[indexes[0] as number] ?? '';
  return map.ownFormat ? restoreCell(raw) : raw.trim();
}

/** All values of a list field, across every column that feeds it. */
export function listOf(cells: readonly string[], map: ColumnMap, field: ImportField, splitter?: RegExp): string[] | undefined {
  const indexes = map.columns.get(field);
  if (!indexes) return undefined;
  return indexes.flatMap((i) => {
    // Our own export is taken exactly as written; hand-made files get their spaces trimmed.
    if (map.ownFormat) return splitList(restoreCell(cells[i] ?? '')).filter((v) => v !== '');
    const raw = (cells[i] ?? '').trim();
    const values = splitter ? raw.split(splitter) : splitList(raw);
    return values.map((v) => v.trim()).filter((v) => v !== '');
  });
}
