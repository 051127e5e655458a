import type { LinkscoutDb } from '@/lib/db/database';
import { queryProspectIds } from '@/lib/db/query';
import { clearAllData } from '@/lib/db/clear';
import { listCampaigns } from '@/lib/db/campaigns';
import { campaignsByAge, prospectChunks, toxicProspects } from '@/lib/db/transfer-read';
import { restoreBackup, type RestoreCounts, type RestoreReport } from '@/lib/db/transfer-restore';
import { exportProspectsCsv } from '@/lib/export/prospect-csv';
import { ageSlices } from '@/lib/db/age-slices';
import { exportCsvInWorkers, type CsvWorker } from '@/lib/workers/csv-workers';
import { defaultCsvWorker } from '@/lib/workers/spawn-csv-worker';
import { disavowFile } from '@/lib/export/disavow';
import { exportBackup } from '@/lib/export/backup';
import { outreachForBackup } from '@/lib/db/outreach-restore';
import { parseBackup } from '@/lib/export/backup-restore';
import { errorText } from '@/lib/text/error-text';
import { counted, plural } from '@/lib/text/plural';
import { toDayInput } from './dates';
import type { DashboardState } from './state';

export type ExportScope = 'all' | 'filtered' | 'selected';

const counts = (c: RestoreCounts) => `${c.added} added, ${c.updated} updated, ${c.skipped} skipped`;
const touched = (c: RestoreCounts) => c.added + c.updated + c.skipped > 0;
/** The outreach sections, named only when the backup had them. */
const outreachCounts = (r: RestoreReport) =>
  `${touched(r.templates) ? ` Templates: ${counts(r.templates)}.` : ''}${touched(r.doNotContact) ? ` Do-not-contact entries: ${counts(r.doNotContact)}.` : ''}${
    touched(r.sendLog) ? ` Sent e-mails: ${counts(r.sendLog)}.` : ''
  }`;

export interface TransferDeps {
  download: (filename: string, blob: Blob) => void;
  now?: () => Date;
  /** Starts a CSV export worker; null where there are none (the export then runs in the page). */
  csvWorker?: (() => CsvWorker) | null;
}

/**
 * Workers writing a full export at once: one more than the cores, as each also waits on the
 * database (on 2 cores, 3 workers were fastest: about 2.6 s for 100,000 prospects, against 4 s
 * in the page alone), three at least, four at most.
 */
const EXPORT_WORKERS = Math.min(4, Math.max(3, (globalThis.navigator?.hardwareConcurrency ?? 2) + 1));
/** Slices of creation time a full export is cut into, handed to the workers as they come free. */
const EXPORT_SLICES = 2 * EXPORT_WORKERS;
const CHUNK_ROWS = 1000;

/** Exports, backup and restore, and "delete all data" (CSV import: import-actions.ts). Part of createDashboardActions. */
export function transferActions(state: DashboardState, db: LinkscoutDb, deps: TransferDeps) {
  const now = deps.now ?? (() => new Date());
  const spawn = deps.csvWorker === undefined ? defaultCsvWorker() : deps.csvWorker;
  const stamp = () => toDayInput(now().getTime());
  /** The CSV export in progress, which the user can stop. */
  let exporting: AbortController | null = null;
  async function run(what: string, task: () => Promise<string>, stopped?: AbortSignal): Promise<void> {
    state.transfer.value = { kind: 'busy', what };
    try {
      state.transfer.value = { kind: 'done', message: await task() };
    } catch (error) {
      state.transfer.value = stopped?.aborted ? { kind: 'done', message: 'Export stopped: nothing was downloaded.' } : { kind: 'error', message: errorText(error) };
    }
  }
  async function idsFor(scope: ExportScope): Promise<string[] | undefined> {
    if (scope === 'all') return undefined;
    if (scope === 'selected') return [...state.selection.value];
    return queryProspectIds(db, state.queryFilter.value, state.sort.value);
  }

  return {
    /** Streams the CSV in chunks, with progress; `stopExport` ends it without a download. */
    exportCsv: (scope: ExportScope) => {
      const controller = new AbortController();
      exporting = controller;
      const what = 'Exporting CSV…';
      return run(what, async () => {
        try {
          const ids = await idsFor(scope);
          const total = ids?.length ?? state.totalAll.value;
          let rows = 0;
          const onProgress = (done: number) => {
            rows = done;
            state.transfer.value = { kind: 'busy', what, progress: { done, total } };
          };
          onProgress(0);
          const campaigns = await listCampaigns(db);
          const options = { signal: controller.signal, onProgress };
          // Everything: workers read and write slices at once. A filter or a selection: in the page.
          const blob =
            ids === undefined && spawn
              ? await exportCsvInWorkers(spawn, { dbName: db.name, slices: await ageSlices(db, EXPORT_SLICES), workers: EXPORT_WORKERS, campaigns: campaigns.map((c) => [c.id, c.name]), chunk: CHUNK_ROWS }, options)
              : await exportProspectsCsv(prospectChunks(db, ids, undefined, false), campaigns, options);
          const suffix = scope === 'all' ? '' : `-${scope}`;
          deps.download(`linkscout-prospects${suffix}-${stamp()}.csv`, blob);
          return `Exported ${counted(rows, 'prospect')} to CSV.`;
        } finally {
          if (exporting === controller) exporting = null;
        }
      }, controller.signal);
    },
    stopExport: () => exporting?.abort(),
    exportDisavow: () =>
      run('Building disavow.txt…', async () => {
        const text = disavowFile(await toxicProspects(db), now());
        deps.download('disavow.txt', new Blob([text], { type: 'text/plain;charset=utf-8' }));
        const domains = text.split('\n').filter((l) => l.startsWith('domain:')).length;
        return `disavow.txt lists ${domains} toxic ${plural(domains, 'domain')}.`;
      }),
    exportBackup: () =>
      run('Writing the backup…', async () => {
        deps.download(`linkscout-backup-${stamp()}.json`, await exportBackup(await campaignsByAge(db), prospectChunks(db), now(), await outreachForBackup(db)));
        return 'Backup downloaded.';
      }),
    /** Validates the whole file first (BackupError names the bad record), then merges it. */
    restore: (text: string) =>
      run('Restoring…', async () => {
        const report = await restoreBackup(db, parseBackup(text));
        return `Backup restored. Prospects: ${counts(report.prospects)}. Campaigns: ${counts(report.campaigns)}.${outreachCounts(report)}`;
      }),
    deleteAll: () =>
      run('Deleting all data…', async () => {
        await clearAllData(db);
        state.selection.value = new Set();
        state.detailId.value = null;
        state.toast.value = null;
        state.importPlan.value = null;
        return 'All data deleted.';
      }),
  };
}
