import { useSignal } from '@preact/signals';
import { exportRawData } from '@/lib/state/dashboard/raw-export';

/** When the database cannot be read: save everything it holds, as stored, before anything else. */
export function RawExport() {
  const result = useSignal<string | null>(null);
  return (
    <p>
      <button type="button" onClick={() => void exportRawData().then((text) => (result.value = text))}>
        Export raw data
      </button>{' '}
      <span role="status">{result.value ?? 'Saves every record exactly as stored, to keep it safe or to send with a bug report.'}</span>
    </p>
  );
}
