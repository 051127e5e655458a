import type { LinkscoutDb } from '@/lib/db/database';
import { queryProspectIds } from '@/lib/db/query';
import { clearAllData } from '@/lib/db/clear';
import { campaignsByAge, prospectChunks, toxicProspects } from '@/lib/db/transfer-read';
import { restoreBackup, type RestoreCounts } from '@/lib/db/transfer-restore';
import { applyImport, importLookups } from '@/lib/db/transfer-import';
import { exportProspectsCsv } from '@/lib/export/prospect-csv';
import { disavowFile } from '@/lib/export/disavow';
import { exportBackup } from '@/lib/export/backup';
import { parseBackup } from '@/lib/export/backup-restore';
import { planCsvImport } from '@/lib/export/import-plan';
import { toDayInput } from './dashboard-dates';
import { errorText, type DashboardState } from './dashboard-state';

export type ExportScope = 'all' | 'filtered' | 'selected';

export interface TransferDeps {
  download: (filename: string, blob: Blob) => void;
  now?: () => Date;
}

const counts = (c: RestoreCounts) => `${c.added} added, ${c.updated} updated, ${c.skipped} skipped`;

/** Exports, backup and restore, CSV import with its preview, and "delete all data". */
export function createDashboardTransfer(state: DashboardState, db: LinkscoutDb, deps: TransferDeps) {
  const now = deps.now ?? (() => new Date());
  const stamp = () => toDayInput(now().getTime());
  async function run(what: string, task: () => Promise<string>): Promise<void> {
    state.transfer.value = { kind: 'busy', what };
    try {
      state.transfer.value = { kind: 'done', message: await task() };
    } catch (error) {
      state.transfer.value = { kind: 'error', message: errorText(error) };
    }
  }
  async function idsFor(scope: ExportScope): Promise<string[] | undefined> {
    if (scope === 'all') return undefined;
    if (scope === 'selected') return [...state.selection.value];
    return queryProspectIds(db, state.queryFilter.value, state.sort.value);
  }

  return {
    exportCsv: (scope: ExportScope) =>
      run('Exporting CSV…', async () => {
        const ids = await idsFor(scope);
        const blob = await exportProspectsCsv(prospectChunks(db, ids), await db.campaigns.toArray());
        const suffix = scope === 'all' ? '' : `-${scope}`;
        deps.download(`linkscout-prospects${suffix}-${stamp()}.csv`, blob);
        const n = ids?.length ?? (await db.prospects.count());
        return `Exported ${n.toLocaleString('en')} prospect${n === 1 ? '' : 's'} to CSV.`;
      }),
    exportDisavow: () =>
      run('Building disavow.txt…', async () => {
        const text = disavowFile(await toxicProspects(db), now());
        deps.download('disavow.txt', new Blob([text], { type: 'text/plain;charset=utf-8' }));
        const domains = text.split('\n').filter((l) => l.startsWith('domain:')).length;
        return `disavow.txt lists ${domains} toxic domain${domains === 1 ? '' : 's'}.`;
      }),
    exportBackup: () =>
      run('Writing the backup…', async () => {
        deps.download(`linkscout-backup-${stamp()}.json`, await exportBackup(await campaignsByAge(db), prospectChunks(db), now()));
        return 'Backup downloaded.';
      }),
    /** Validates the whole file first (BackupError names the bad record), then merges it. */
    restore: (text: string) =>
      run('Restoring…', async () => {
        const report = await restoreBackup(db, parseBackup(text));
        return `Backup restored. Prospects: ${counts(report.prospects)}. Campaigns: ${counts(report.campaigns)}.`;
      }),
    previewImport: (text: string) =>
      run('Reading the CSV…', async () => {
        const plan = await planCsvImport(importLookups(db), text);
        state.importPlan.value = plan;
        return `Preview ready: review it, then apply.`;
      }),
    applyImport: () =>
      run('Importing…', async () => {
        const plan = state.importPlan.value;
        if (!plan) return 'Nothing to import.';
        const result = await applyImport(db, plan);
        state.importPlan.value = null;
        const skipped = plan.errors.length ? `; ${plan.errors.length} line${plan.errors.length === 1 ? '' : 's'} with errors skipped` : '';
        return `Imported: ${result.added} added, ${result.updated} updated, ${result.campaignsCreated} campaign${result.campaignsCreated === 1 ? '' : 's'} created${skipped}.`;
      }),
    cancelImport: () => {
      state.importPlan.value = null;
      state.transfer.value = { kind: 'idle' };
    },
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

export type DashboardTransfer = ReturnType<typeof createDashboardTransfer>;
