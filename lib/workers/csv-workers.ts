import type { AgeSlice } from '@/lib/db/age-cursor';
import { CSV_MIME, prospectCsvHeader, type CsvExportOptions } from '@/lib/export/prospect-csv';
import type { CsvSliceMessage, CsvSliceRequest } from '@/lib/workers/csv-slice';

/** What the export needs of a worker (a dedicated Worker, or a stand-in in tests). */
export interface CsvWorker {
  postMessage(request: CsvSliceRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<CsvSliceMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface CsvWorkersJob {
  dbName: string;
  /** In order: the file lists the first slice's rows first. */
  slices: readonly AgeSlice[];
  /** At most this many workers at once. */
  workers: number;
  campaigns: Array<[string, string]>;
  chunk: number;
}

/**
 * The prospects CSV written by several workers at once, so reading the records and turning them
 * into text use every core and the page itself stays free. Each worker takes the next slice not
 * yet started whenever it finishes one; parts come back as they are written (progress counts them
 * all) and are put together in slice order. Stopping (the signal) or any worker failing ends
 * every worker; nothing is downloaded.
 */
export function exportCsvInWorkers(spawn: () => CsvWorker, job: CsvWorkersJob, options: CsvExportOptions = {}): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    const parts: string[][] = job.slices.map(() => []);
    const workers: CsvWorker[] = [];
    let next = 0;
    let finished = 0;
    let written = 0;
    let ended = false;
    const end = (settle: () => void) => {
      if (ended) return;
      ended = true;
      options.signal?.removeEventListener('abort', stop);
      for (const worker of workers) worker.terminate();
      settle();
    };
    const fail = (error: unknown) => end(() => reject(error));
    const stop = () => fail(options.signal?.reason ?? new Error('Export stopped'));
    if (options.signal?.aborted) return stop();
    options.signal?.addEventListener('abort', stop);
    const start = (worker: CsvWorker) => {
      const index = next++;
      const slice = job.slices[index];
      if (!slice) return;
      worker.onmessage = ({ data }) => {
        if (ended) return;
        if (data.type === 'error') return fail(new Error(data.message));
        if (data.type === 'part') {
          parts[index]?.push(data.text);
          written += data.rows;
          return options.onProgress?.(written);
        }
        finished += 1;
        if (finished === job.slices.length) end(() => resolve(new Blob([prospectCsvHeader(), ...parts.flat()], { type: CSV_MIME })));
        else start(worker);
      };
      worker.postMessage({ dbName: job.dbName, slice, campaigns: job.campaigns, chunk: job.chunk });
    };
    for (let i = 0; i < Math.min(job.workers, job.slices.length); i++) {
      const worker = spawn();
      workers.push(worker);
      worker.onerror = (event) => fail(new Error(`The export worker failed: ${event.message || 'it could not start'}`));
      start(worker);
    }
  });
}
