import type { TransferProgress } from '@/lib/state/dashboard/state';
import { formatCount } from '@/lib/text/numbers';

const n = formatCount;

/** Rows exported so far, as a bar and in words, with the button that stops the export. */
export function ExportProgress({ progress, onStop }: { progress: TransferProgress; onStop: () => void }) {
  const { done, total } = progress;
  return (
    <div class="import-progress actions" data-testid="export-progress">
      <label>
        Rows written: {n(done)}
        {total !== null && ` of ${n(total)}`}{' '}
        {/* Without a known total the bar is indeterminate (no value). */}
        {total !== null ? <progress max={Math.max(total, 1)} value={Math.min(done, total)} /> : <progress />}
      </label>
      <button type="button" onClick={onStop}>
        Stop export
      </button>
    </div>
  );
}
