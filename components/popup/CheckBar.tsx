import type { CheckScope, CheckState, ClassFilter } from '@/lib/state/check-state';
import { CLASS_LABELS } from '@/lib/state/check-state';
import type { VerdictClass } from '@/lib/schemas/link-verdict';
import { ageText, oldestEarlier, pausedText } from './verdict-age';

export interface CheckActions {
  check: (force: boolean) => void;
  cancel: () => void;
  exportReport: () => void;
}

/** Start, follow and cancel link checks; filter by verdict; export the report. */
export function CheckBar({ check, actions }: { check: CheckState; actions: CheckActions }) {
  const job = check.job.value;
  const running = check.running.value;
  const counts = check.counts.value;
  const classes = (Object.keys(CLASS_LABELS) as VerdictClass[]).filter((c) => counts.has(c));
  const now = Date.now();
  const earlier = running ? null : oldestEarlier(check.verdicts.value.values(), job, now);
  return (
    <div class="checkbar" aria-label="Link checking">
      <div class="row">
        <label for="check-scope">Check</label>
        <select id="check-scope" value={check.scope.value} onChange={(e) => (check.scope.value = e.currentTarget.value as CheckScope)} disabled={running}>
          <option value="outbound">Outbound</option>
          <option value="all">All links</option>
          <option value="listed">As listed</option>
        </select>
        {running ? (
          <button type="button" onClick={actions.cancel}>
            Cancel
          </button>
        ) : (
          <>
            <button type="button" class="primary" onClick={() => actions.check(false)}>
              Check links
            </button>
            {counts.size > 0 && (
              <button type="button" onClick={() => actions.check(true)} title="Request every link again, ignoring earlier results">
                Re-check
              </button>
            )}
          </>
        )}
        {counts.size > 0 && (
          <button type="button" onClick={actions.exportReport} title="Download this page's links and their status as a CSV link report">
            CSV
          </button>
        )}
      </div>
      {job && (running || job.state === 'cancelled') && (
        <div class="row progress-row">
          <progress max={job.total} value={job.done} aria-label="Links checked" />
          <span data-testid="check-progress">
            {job.done} / {job.total} checked{job.state === 'cancelled' ? ' (cancelled)' : ''}{job.paused ? ' (paused)' : ''}
          </span>
        </div>
      )}
      {running && job?.paused && (
        <p class="notice" role="status" data-testid="check-paused">
          {pausedText(job.paused)}
        </p>
      )}
      {earlier !== null && (
        <p class="muted" data-testid="verdict-age">
          Some results are from an earlier check (oldest {ageText(earlier, now)}); Re-check to ask again.
        </p>
      )}
      {classes.length > 0 && (
        <div class="row">
          <label for="class-filter">Status</label>
          <select id="class-filter" value={check.classFilter.value} onChange={(e) => (check.classFilter.value = e.currentTarget.value as ClassFilter)}>
            <option value="any">Any</option>
            {classes.map((c) => (
              <option key={c} value={c}>
                {CLASS_LABELS[c]} ({counts.get(c)})
              </option>
            ))}
            <option value="unchecked">Not checked</option>
          </select>
          <span class="class-summary" data-testid="class-summary">
            {classes.map((c) => (
              <span key={c} class={`badge verdict ${c}`}>
                {CLASS_LABELS[c]} {counts.get(c)}
              </span>
            ))}
          </span>
        </div>
      )}
      {check.error.value && (
        <p class="inline-error" role="alert">
          {check.error.value}
        </p>
      )}
    </div>
  );
}
