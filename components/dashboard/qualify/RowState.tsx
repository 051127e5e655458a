import type { JudgedRow } from '@/lib/qualify/table';

/** What a row's page is going through, in words; paused and cancelled stand in for "waiting" while the job is halted. */
type Shown = JudgedRow['state'] | 'paused' | 'cancelled';

const LABEL: Record<Shown, string> = { queued: 'waiting', reading: 'reading…', done: 'done', failed: 'failed', paused: 'paused', cancelled: 'cancelled' };
const MARK: Record<Shown, string> = { queued: '○', reading: '◐', done: '✓', failed: '✕', paused: '‖', cancelled: '–' };

interface Props {
  row: Pick<JudgedRow, 'state' | 'error'>;
  halted?: 'paused' | 'cancelled';
}

/**
 * A row's state: waiting, reading…, done, or failed with the reason. The mark is decoration; the
 * words are what a screen reader says ("Read state: failed, reason: …").
 */
export function RowState({ row, halted }: Props) {
  // A cancelled job's results are not recorded, so a row it was reading is cancelled too.
  const stopped = row.state === 'queued' || (row.state === 'reading' && halted === 'cancelled');
  const shown: Shown = stopped && halted ? halted : row.state;
  return (
    <span class={`q-state q-state-${shown}`} data-testid="q-state">
      <span class="visually-hidden">Read state: </span>
      <span class="q-state-mark" aria-hidden="true">
        {MARK[shown]}
      </span>{' '}
      {LABEL[shown]}
      {shown === 'failed' && (
        <span class="q-reason">
          <span class="visually-hidden">, reason: </span>
          {row.error ?? 'unknown error'}
        </span>
      )}
    </span>
  );
}
