import type { LinkscoutDb } from '@/lib/db/database';
import type { QualifyRules } from '@/lib/qualify/types';
import { createQualifyJob, deleteQualifyJob, qualifyJobs, qualifyRows, setQualifyState } from '@/lib/db/qualify-jobs';
import { prospectKnowledge, saveQualifiedRows } from '@/lib/db/qualify-prospects';
import { urlsFromText } from '@/lib/qualify/input';
import { bindLive } from '@/lib/state/live';
import { bindLiveThrottled } from './qualify-live';
import type { QualifyState } from './qualify-state';

/** How qualification reaches the background page reader. */
export interface QualifyQueue {
  /** False while no background reader is wired in: rows are kept queued and the view says so. */
  available: boolean;
  /** Queues reads of these rows' pages and wakes the reader. */
  enqueue: (rows: readonly { id: string; url: string }[]) => Promise<void>;
  /** Withdraws the reads of rows not read yet (pause, cancel). */
  withdraw: (rowIds: readonly string[]) => Promise<void>;
}

export interface QualifyDeps {
  db: LinkscoutDb;
  queue: QualifyQueue;
  domainOf: (url: string) => string;
  saveRules: (rules: QualifyRules) => Promise<QualifyRules>;
  download: (filename: string, text: string, type: string) => void;
  setHash: (hash: string) => void;
  /** Ids of the prospects selected in the Prospects view, to qualify them again. */
  selectedProspects: () => readonly string[];
}

const text = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The Qualification view's actions; `watch()` keeps jobs, rows and prospect knowledge live. */
export function createQualifyActions(state: QualifyState, deps: QualifyDeps) {
  const { db } = deps;
  const fail = (what: string) => (e: unknown) => (state.error.value = `${what}: ${text(e)}`);
  const pendingIds = async (jobId: string) => (await qualifyRows(db, jobId)).filter((r) => r.state === 'queued' || r.state === 'reading');
  let stopRows = () => {};

  const show = (jobId: string | null) => {
    state.chosenId.value = jobId;
    state.selected.value = new Set();
    stopRows();
    const id = jobId;
    stopRows = bindLiveThrottled(state.table, async () => {
      const current = id ?? (await qualifyJobs(db))[0]?.id;
      const rows = current ? await qualifyRows(db, current) : [];
      return { rows, ...(await prospectKnowledge(db, rows.map((r) => deps.domainOf(r.facts?.finalUrl || r.url)))) };
    }, fail('Reading the table failed'));
  };

  const begin = async (inputs: Parameters<typeof createQualifyJob>[1], source: string) => {
    state.busy.value = true;
    state.error.value = '';
    try {
      const job = await createQualifyJob(db, inputs, source, { deeper: state.deeper.value });
      await deps.queue.enqueue(await qualifyRows(db, job.id));
      show(job.id);
      deps.setHash(`#qualify=${encodeURIComponent(job.id)}`);
      return true;
    } catch (e) {
      fail('Starting the qualification failed')(e);
      return false;
    } finally {
      state.busy.value = false;
    }
  };

  return {
    watch: (jobId: string | null) => {
      const stopJobs = bindLive(state.jobs, () => qualifyJobs(db), fail('Reading qualifications failed'));
      show(jobId);
      return () => [stopJobs, stopRows].forEach((stop) => stop());
    },
    /** Shows a job without touching the address (the address named it). */
    open: (jobId: string) => show(jobId),
    show: (jobId: string) => {
      show(jobId);
      deps.setHash(`#qualify=${encodeURIComponent(jobId)}`);
    },
    start: async () => {
      const urls = urlsFromText(state.input.value);
      if (urls.length === 0) {
        state.error.value = 'No http(s) URLs found: paste one URL per line, or choose a text or CSV file.';
        return;
      }
      if (await begin(urls.map((url) => ({ url })), `Pasted list (${urls.length})`)) state.input.value = '';
    },
    /** Qualifies the prospects selected in the Prospects view (their pages are read again). */
    startFromProspects: async () => {
      const rows = (await db.prospects.bulkGet([...deps.selectedProspects()])).flatMap((p) => (p ? [{ url: p.url, ...(p.foundBy ? { foundBy: p.foundBy } : {}) }] : []));
      if (rows.length === 0) {
        state.error.value = 'Select prospects in the Prospects view first.';
        return;
      }
      await begin(rows, `Prospects (${rows.length})`);
    },
    pause: async (jobId: string) => {
      await setQualifyState(db, jobId, 'paused').then(async () => deps.queue.withdraw((await pendingIds(jobId)).map((r) => r.id))).catch(fail('Pausing failed'));
    },
    resume: async (jobId: string) => {
      await setQualifyState(db, jobId, 'queued').then(async () => deps.queue.enqueue(await pendingIds(jobId))).catch(fail('Resuming failed'));
    },
    cancel: async (jobId: string) => {
      await setQualifyState(db, jobId, 'cancelled').then(async () => deps.queue.withdraw((await pendingIds(jobId)).map((r) => r.id))).catch(fail('Cancelling failed'));
    },
    remove: async (jobId: string) => {
      await deps.queue.withdraw((await pendingIds(jobId)).map((r) => r.id)).then(() => deleteQualifyJob(db, jobId)).catch(fail('Deleting failed'));
      show(null);
    },
    toggle: (id: string) => {
      const next = new Set(state.selected.value);
      if (!next.delete(id)) next.add(id);
      state.selected.value = next;
    },
    selectQualified: (on: boolean) => (state.selected.value = new Set(on ? state.qualified.value.map((r) => r.id) : [])),
    saveSelected: async () => {
      const rows = state.rows.value.filter((r) => state.selected.value.has(r.id));
      await saveQualifiedRows(db, rows)
        .then((r) => (state.notice.value = `Saved ${r.created} new prospect${r.created === 1 ? '' : 's'}${r.updated ? `, updated ${r.updated}` : ''}.`))
        .catch(fail('Saving prospects failed'));
    },
    exportCsv: async () => {
      const { qualifyCsv } = await import('@/lib/export/qualify-csv');
      const stamp = new Date().toISOString().slice(0, 10);
      deps.download(`linkscout-qualification-${stamp}.csv`, qualifyCsv(state.judged.value), 'text/csv;charset=utf-8');
    },
    setRules: async (rules: QualifyRules) => {
      try {
        state.rules.value = await deps.saveRules(rules);
        state.error.value = '';
      } catch (e) {
        fail('These rules could not be kept')(e);
      }
    },
  };
}

export type QualifyActions = ReturnType<typeof createQualifyActions>;
