import type { Campaign } from '@/lib/schemas/prospect';
import { STATUS_LABELS, TYPE_LABELS } from '@/components/common/labels';

/** `<option>` lists shared by the popup's save bar and the dashboard's filters, bulk bar, table and detail view. */
export function StatusOptions() {
  return (
    <>
      {Object.entries(STATUS_LABELS).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}

export function TypeOptions() {
  return (
    <>
      {Object.entries(TYPE_LABELS).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}

export function CampaignOptions({ campaigns }: { campaigns: readonly Campaign[] }) {
  return (
    <>
      {campaigns.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </>
  );
}
