import type { QualifyJob } from '@/lib/db/qualify-records';

interface Props {
  jobs: readonly QualifyJob[];
  job: QualifyJob;
  onShow: (id: string) => void;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
  onRemove: () => void;
}

const STATE: Record<QualifyJob['state'], string> = { queued: 'waiting for the reader', running: 'reading', paused: 'paused', cancelled: 'cancelled', done: 'done' };

/** Which qualification is shown, its progress, and pause / resume / cancel. */
export function JobBar({ jobs, job, onShow, onPause, onResume, onCancel, onRemove }: Props) {
  const active = job.state === 'queued' || job.state === 'running';
  return (
    <div class="q-jobbar">
      <label>
        Qualification
        <select value={job.id} onChange={(e) => onShow(e.currentTarget.value)}>
          {jobs.map((j) => (
            <option key={j.id} value={j.id}>
              {new Date(j.createdAt).toLocaleString()} · {j.source}
            </option>
          ))}
        </select>
      </label>
      <progress max={Math.max(1, job.total)} value={job.done} aria-label="Pages read" />
      <span role="status" data-testid="q-progress">
        {job.done} of {job.total} read · {STATE[job.state]}
      </span>
      {active && (
        <button type="button" onClick={onPause}>
          Pause
        </button>
      )}
      {job.state === 'paused' && (
        <button type="button" onClick={onResume}>
          Resume
        </button>
      )}
      {(active || job.state === 'paused') && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
      <button type="button" onClick={onRemove}>
        Delete
      </button>
    </div>
  );
}
