import type { QualifyState } from '@/lib/state/dashboard/qualify-state';
import type { QualifyActions } from '@/lib/state/dashboard/qualify-actions';
import { StateMessage } from '@/components/common/StateMessage';
import { NewQualification } from './NewQualification';
import { JobBar } from './JobBar';
import { RulesForm } from './RulesForm';
import { QualifyTable } from './QualifyTable';

/** Bulk qualification: new input, the chosen job's progress, the disqualifiers and the table. */
export function QualifyView({ state, actions, selectedProspects }: { state: QualifyState; actions: QualifyActions; selectedProspects: number }) {
  const jobs = state.jobs.value;
  const job = state.job.value;
  const selected = state.selected.value;
  return (
    <div class="qualify">
      <NewQualification input={state.input.value} deeper={state.deeper.value} busy={state.busy.value} onInput={(t) => (state.input.value = t)} onDeeper={(on) => (state.deeper.value = on)} onStart={() => void actions.start()} prospects={selectedProspects} onStartFromProspects={() => void actions.startFromProspects()} />
      {state.error.value && (
        <p class="dash-error" role="alert">
          {state.error.value}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {state.notice.value}
      </p>
      {jobs === null ? (
        <StateMessage tone="loading" title="Loading qualifications…" />
      ) : !job ? (
        <StateMessage tone="empty" title="Nothing qualified yet">
          <p>Paste URLs above, or choose results on a search page and press "Qualify selected" in the popup.</p>
        </StateMessage>
      ) : (
        <section aria-label="Qualification table">
          <JobBar jobs={jobs} job={job} onShow={actions.show} onPause={() => void actions.pause(job.id)} onResume={() => void actions.resume(job.id)} onCancel={() => void actions.cancel(job.id)} onRemove={() => void actions.remove(job.id)} />
          <RulesForm rules={state.rules.value} onChange={(r) => void actions.setRules(r)} />
          <div class="q-actions">
            <label class="check">
              <input type="checkbox" checked={selected.size > 0 && selected.size === state.qualified.value.length} onChange={(e) => actions.selectQualified(e.currentTarget.checked)} />
              Select qualified ({state.qualified.value.length})
            </label>
            <button type="button" disabled={selected.size === 0} onClick={() => void actions.saveSelected()}>
              Save selected as prospects ({selected.size})
            </button>
            <button type="button" disabled={state.rows.value.length === 0} onClick={() => void actions.exportCsv()}>
              Export CSV
            </button>
            {state.notice.value && <span class="muted" aria-hidden="true">{state.notice.value}</span>}
          </div>
          <QualifyTable rows={state.judged.value} selected={selected} onToggle={actions.toggle} />
        </section>
      )}
    </div>
  );
}
