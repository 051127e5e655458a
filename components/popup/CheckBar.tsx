import type { CheckJob } from '@/lib/db/check-records';
import type { VerdictClass } from '@/lib/schemas/link-verdict';
import { DEAD_CLASSES } from '@/lib/schemas/dead-classes';
import { CLASS_LABELS, type CheckScope, type ClassFilter } from '@/lib/state/popup/check-filter';
import { ageText, pausedText } from './verdict-age';

export interface CheckBarProps {
  job: CheckJob | null;
  running: boolean;
  counts: ReadonlyMap<VerdictClass, number>;
  scope: CheckScope;
  classFilter: ClassFilter;
  error: string;
  /** When the oldest shown result from an earlier check was made, if one is worth saying. */
  earlierAt?: number | null;
  onScope: (scope: CheckScope) => void;
  onClassFilter: (filter: ClassFilter) => void;
  onCheck: (force: boolean) => void;
  onCancel: () => void;
  onExport: () => void;
}

/** Start, follow and cancel link checks; filter by verdict; export the report. */
export function CheckBar(props: CheckBarProps) {
  const { job, running, counts } = props;
  const classes = (Object.keys(CLASS_LABELS) as VerdictClass[]).filter((c) => counts.has(c));
  const earlier = running ? null : (props.earlierAt ?? null);
  const dead = [...DEAD_CLASSES].reduce((sum, c) => sum + (counts.get(c) ?? 0), 0);
  return (
    <div class="checkbar" aria-label="Link checking">
      <div class="row">
        <label for="check-scope">Check</label>
        <select id="check-scope" value={props.scope} onChange={(e) => props.onScope(e.currentTarget.value as CheckScope)} disabled={running}>
          <option value="outbound">Outbound</option>
          <option value="all">All links</option>
          <option value="listed">As listed</option>
        </select>
        {running ? (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : (
          <>
            <button type="button" class="primary" onClick={() => props.onCheck(false)}>
              Check links
            </button>
            {counts.size > 0 && (
              <button type="button" onClick={() => props.onCheck(true)} title="Request every link again, ignoring earlier results">
                Re-check
              </button>
            )}
          </>
        )}
        {counts.size > 0 && (
          <button type="button" onClick={props.onExport} title="Download this page's links and their status as a CSV link report">
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
          Some results are from an earlier check (oldest {ageText(earlier, Date.now())}); Re-check to ask again.
        </p>
      )}
      {classes.length > 0 && (
        <div class="row">
          <label for="class-filter">Status</label>
          <select id="class-filter" value={props.classFilter} onChange={(e) => props.onClassFilter(e.currentTarget.value as ClassFilter)}>
            <option value="any">Any</option>
            {classes.map((c) => (
              <option key={c} value={c}>
                {CLASS_LABELS[c]} ({counts.get(c)})
              </option>
            ))}
            <option value="unchecked">Not checked</option>
          </select>
          <span class="class-summary" data-testid="class-summary">
            {dead > 0 && (
              <span class="badge verdict dead" title="Broken, soft 404 and parked links: the number on the toolbar badge and the page legend">
                Dead {dead}
              </span>
            )}
            {classes.map((c) => (
              <span key={c} class={`badge verdict ${c}`}>
                {CLASS_LABELS[c]} {counts.get(c)}
              </span>
            ))}
          </span>
        </div>
      )}
      {props.error && (
        <p class="inline-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
