import CsvExportWorker from '@/lib/workers/csv-export-worker?worker';
import type { CsvWorker } from '@/lib/workers/csv-workers';

/** How the page starts CSV export workers, or null where it has none (the export then runs in the page). */
export function defaultCsvWorker(): (() => CsvWorker) | null {
  return typeof Worker === 'undefined' ? null : () => new CsvExportWorker();
}
