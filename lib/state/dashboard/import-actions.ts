import { signal } from '@preact/signals';
import type { LinkscoutDb } from '@/lib/db/database';
import { applyImport as writeImport, importLookups } from '@/lib/db/transfer-import';
import { decodeText } from '@/lib/export/decode-text';
import { planImport, type ImportPlan, type MatchMode } from '@/lib/export/import-plan';
import { mergeProspect, type MergeChoice, type MergeChoices, type MergeField } from '@/lib/export/import-merge';
import { errorText } from '@/lib/text/error-text';
import { counted } from '@/lib/text/plural';
import type { DashboardState } from './state';

export interface ImportProgress {
  phase: 'reading' | 'writing';
  done: number;
  total: number;
}

/** CSV import: preview (with progress and cancel), merge choices per field, apply (with progress and cancel). */
export function createDashboardImport(state: DashboardState, db: LinkscoutDb) {
  const progress = signal<ImportProgress | null>(null);
  /** Per stored prospect id, the choices made for its conflicting fields; absent = keep mine. */
  const choices = signal<ReadonlyMap<string, MergeChoices>>(new Map());
  /** Set when the file was not UTF-8 and how it was read. */
  const encodingNote = signal('');
  let file: { text: string; name: string } | null = null;
  let running: AbortController | null = null;

  async function run(what: string, task: (signal: AbortSignal) => Promise<string | null>): Promise<void> {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    state.transfer.value = { kind: 'busy', what };
    try {
      const message = await task(controller.signal);
      state.transfer.value = message === null ? { kind: 'idle' } : { kind: 'done', message };
    } catch (error) {
      state.transfer.value = controller.signal.aborted
        ? { kind: 'done', message: 'Import cancelled: nothing was written.' }
        : { kind: 'error', message: errorText(error) };
    } finally {
      if (running === controller) running = null;
      progress.value = null;
    }
  }

  const plan = (matchMode: MatchMode) =>
    run('Reading the CSV…', async (signal) => {
      if (!file) return null;
      const source = file.name;
      const result = await planImport(file.text, importLookups(db), {
        matchMode, source, signal, onProgress: (done, total) => (progress.value = { phase: 'reading', done, total }),
      });
      state.importPlan.value = result;
      choices.value = new Map();
      return null;
    });

  return {
    progress,
    choices,
    encodingNote,
    /** Reads a chosen file (any encoding we can tell) and shows what importing it would do. */
    preview: (bytes: Uint8Array, name: string) => {
      const decoded = decodeText(bytes);
      file = { text: decoded.text, name };
      encodingNote.value = decoded.note ?? '';
      state.importPlan.value = null;
      return plan('domain');
    },
    setMatchMode: (mode: MatchMode) => plan(mode),
    choose: (id: string, field: MergeField, choice: MergeChoice) => {
      const next = new Map(choices.value);
      next.set(id, { ...next.get(id), [field]: choice });
      choices.value = next;
    },
    /** One choice for every conflict, or for every conflict of one field. */
    chooseAll: (choice: MergeChoice, field?: MergeField) => {
      const next = new Map(choices.value);
      for (const update of state.importPlan.value?.toUpdate ?? []) {
        const fields = update.conflicts.map((c) => c.field).filter((f) => field === undefined || f === field);
        if (fields.length) next.set(update.before.id, { ...next.get(update.before.id), ...Object.fromEntries(fields.map((f) => [f, choice])) });
      }
      choices.value = next;
    },
    apply: () =>
      run('Importing…', async (signal) => {
        const current: ImportPlan | null = state.importPlan.value;
        if (!current) return 'Nothing to import.';
        const result = await writeImport(db, current, {
          merge: mergeProspect, choices: choices.value, signal, onProgress: (done, total) => (progress.value = { phase: 'writing', done, total }),
        });
        state.importPlan.value = null;
        file = null;
        const parts = [`Imported: ${result.added} added, ${result.updated} updated, ${counted(result.campaignsCreated, 'campaign')} created`];
        if (current.errors.length) parts.push(`${counted(current.errors.length, 'line')} with errors skipped`);
        if (result.changedSincePreview) parts.push(`${counted(result.changedSincePreview, 'prospect')} changed since the preview, merged with their current values`);
        if (result.goneSincePreview) parts.push(`${counted(result.goneSincePreview, 'prospect')} deleted since the preview left deleted`);
        return `${parts.join('; ')}.`;
      }),
    /** Stops a preview or an apply in progress (an apply writes nothing then), or closes the preview. */
    cancel: () => {
      if (running) running.abort();
      else {
        state.importPlan.value = null;
        state.transfer.value = { kind: 'idle' };
      }
    },
  };
}

export type DashboardImport = ReturnType<typeof createDashboardImport>;
