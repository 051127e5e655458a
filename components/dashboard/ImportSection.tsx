import type { DashboardApi } from './api';
import { ImportPreview } from './ImportPreview';
import { formatCount } from '@/lib/text/numbers';

/** Reads the chosen file's bytes (the encoding is worked out from them) and clears the input, so the same file can be chosen again. */
function onFile(handle: (bytes: Uint8Array, name: string) => void) {
  return (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void file.arrayBuffer().then((buffer) => handle(new Uint8Array(buffer), file.name));
  };
}

/** CSV import: file choice, progress with a stop button, and the preview with its merge choices. */
export function ImportSection({ app }: { app: DashboardApi }) {
  const { state } = app;
  const { importer } = app.actions;
  const busy = state.transfer.value.kind === 'busy';
  const plan = state.importPlan.value;
  const progress = importer.progress.value;
  const names = new Map([...state.campaigns.value, ...(plan?.campaignsToCreate ?? [])].map((c) => [c.id, c.name]));
  const campaignName = (id: string) => names.get(id) ?? id;
  return (
    <>
      <label class="field file">
        <span>Import a CSV file — Linkscout, Hunter, BuzzStream, Pitchbox or Respona columns; any encoding. You see a preview first.</span>
        <input type="file" accept=".csv,text/csv,.txt" onChange={onFile((bytes, name) => void importer.preview(bytes, name))} disabled={busy} />
      </label>
      {progress && (
        <div class="import-progress actions">
          <label>
            {progress.phase === 'reading' ? 'Reading rows' : 'Writing prospects'}: {formatCount(progress.done)} of {formatCount(progress.total)}{' '}
            <progress max={progress.total} value={progress.done} />
          </label>
          {!plan && (
            <button type="button" onClick={importer.cancel}>
              Stop
            </button>
          )}
        </div>
      )}
      {plan && (
        <ImportPreview
          plan={plan}
          busy={busy}
          encodingNote={importer.encodingNote.value}
          choices={importer.choices.value}
          campaignName={campaignName}
          onMatchMode={(mode) => void importer.setMatchMode(mode)}
          onChoose={importer.choose}
          onChooseAll={(choice) => importer.chooseAll(choice)}
          onApply={() => void importer.apply()}
          onCancel={importer.cancel}
        />
      )}
    </>
  );
}
