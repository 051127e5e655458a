import { useState } from 'preact/hooks';
import type { DashboardApi } from './api';
import { ImportSection } from './ImportSection';
import { DeleteAllDialog } from './DeleteAllDialog';
import { ExportProgress } from './ExportProgress';
import { formatCount } from '@/lib/text/numbers';

/** Reads the chosen file's text and clears the input, so choosing the same file again works. */
function onFile(handle: (text: string) => void) {
  return (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void file.text().then(handle);
  };
}

const n = formatCount;

/** Export (CSV, disavow, backup), restore, CSV import with preview, and "delete all data". */
export function TransferView({ app }: { app: DashboardApi }) {
  const { state, actions } = app;
  const [confirming, setConfirming] = useState(false);
  const status = state.transfer.value;
  const busy = status.kind === 'busy';
  const selected = state.selection.value.size;
  return (
    <div class="transfer">
      <p class={`transfer-status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="transfer-status">
        {status.kind === 'busy' ? status.what : status.kind === 'done' || status.kind === 'error' ? status.message : ''}
      </p>
      {status.kind === 'busy' && status.progress && <ExportProgress progress={status.progress} onStop={actions.stopExport} />}
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <div class="actions">
          <button type="button" onClick={() => void actions.exportCsv('all')} disabled={busy}>
            CSV: all prospects ({state.totalAll.value === null ? '…' : n(state.totalAll.value)})
          </button>
          <button type="button" onClick={() => void actions.exportCsv('filtered')} disabled={busy || !state.filtered.value}>
            CSV: filtered ({!state.filtered.value ? 'no filter set' : state.total.value === null ? '…' : n(state.total.value)})
          </button>
          <button type="button" onClick={() => void actions.exportCsv('selected')} disabled={busy || selected === 0}>
            CSV: selected ({n(selected)})
          </button>
        </div>
        <div class="actions">
          <button type="button" onClick={() => void actions.exportDisavow()} disabled={busy}>
            disavow.txt (toxic domains)
          </button>
          <button type="button" onClick={() => void actions.exportBackup()} disabled={busy}>
            JSON backup (everything)
          </button>
        </div>
      </section>
      <section aria-labelledby="import-title">
        <h2 id="import-title">Import</h2>
        <ImportSection app={app} />
        <label class="field file">
          <span>Restore a JSON backup: merged into what is here, newer records win</span>
          <input type="file" accept=".json,application/json" onChange={onFile((text) => void actions.restore(text))} disabled={busy} />
        </label>
      </section>
      <section aria-labelledby="danger-title" class="danger-zone">
        <h2 id="danger-title">Delete all data</h2>
        <p>Removes every prospect, campaign and link check stored by Linkscout in this browser.</p>
        <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={busy}>
          Delete all data…
        </button>
        {confirming && <DeleteAllDialog onConfirm={() => void actions.deleteAll()} onClose={() => setConfirming(false)} />}
      </section>
    </div>
  );
}
