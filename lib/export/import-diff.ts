import { isoDate } from '@/lib/export/prospect-columns';
import type { Prospect } from '@/lib/schemas/prospect';

export interface FieldDiff {
  field: keyof Prospect;
  /** Short readable forms for the preview. */
  from: string;
  to: string;
}

/** Fields an import can change; bookkeeping (updatedAt, history) follows from these. */
const COMPARED: ReadonlyArray<keyof Prospect> = [
  'url', 'normalizedUrl', 'domain', 'title', 'opportunityType', 'status', 'campaignId', 'tags', 'contacts',
  'brokenLinks', 'linksToMySite', 'relevance', 'spamSignals', 'notes', 'followUpAt',
];

function display(field: keyof Prospect, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'followUpAt' && typeof value === 'number') return isoDate(value) || '—';
  if (field === 'contacts' && Array.isArray(value)) return value.map((c: { kind: string; value: string }) => `${c.kind} ${c.value}`).join(', ') || '—';
  if (Array.isArray(value)) {
    return value.map((v: unknown) => (typeof v === 'object' && v !== null && 'url' in v ? String(v.url) : String(v))).join(', ') || '—';
  }
  return String(value);
}

export function diffProspects(before: Prospect, after: Prospect): FieldDiff[] {
  return COMPARED.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])).map((field) => ({
    field,
    from: display(field, before[field]),
    to: display(field, after[field]),
  }));
}
