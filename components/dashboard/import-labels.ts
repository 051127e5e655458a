import type { Prospect } from '@/lib/schemas/prospect';
import type { FieldConflict } from '@/lib/export/import-merge';
import { STATUS_LABELS, TYPE_LABELS } from '@/components/common/labels';

/** Field names as people say them, for the import preview. */
export const FIELD_LABELS: Partial<Record<keyof Prospect, string>> = {
  url: 'URL', normalizedUrl: 'URL', domain: 'Domain', title: 'Title', opportunityType: 'Type', status: 'Status', campaignId: 'Campaign',
  tags: 'Tags', contacts: 'Contacts', brokenLinks: 'Broken links', linksToMySite: 'Links to my site', relevance: 'Relevance',
  spamSignals: 'Spam signals', notes: 'Notes', followUpAt: 'Follow-up',
};

export const fieldLabel = (field: keyof Prospect) => FIELD_LABELS[field] ?? field;

/** A conflicting value in words: status and type labels, campaign names, dates. */
export function conflictValue(field: FieldConflict['field'], value: FieldConflict['mine'], campaignName: (id: string) => string): string {
  if (value === null || value === '') return '—';
  if (field === 'status') return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? String(value);
  if (field === 'opportunityType') return TYPE_LABELS[value as keyof typeof TYPE_LABELS] ?? String(value);
  if (field === 'campaignId') return campaignName(String(value));
  if (field === 'followUpAt' && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  return String(value);
}

/** "line 4" or "lines 2, 3 and 4" */
export function linesText(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  const shown = lines.slice(0, 6);
  const more = lines.length - shown.length;
  return `lines ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
