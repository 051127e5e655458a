import type { ProspectSort, SortField } from '@/lib/db/query';

export const DEFAULT_SORT: ProspectSort = { field: 'updatedAt', direction: 'desc' };

/** Dates and scores read best newest or highest first; domains alphabetically. */
const FIRST_DIRECTION: Record<SortField, ProspectSort['direction']> = {
  updatedAt: 'desc',
  createdAt: 'desc',
  followUpAt: 'asc',
  relevance: 'desc',
  domain: 'asc',
};

/** Clicking a column header: the same column flips its direction, another starts at its natural one. */
export function nextSort(current: ProspectSort, field: SortField): ProspectSort {
  if (current.field === field) return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { field, direction: FIRST_DIRECTION[field] };
}

export function ariaSort(current: ProspectSort, field: SortField): 'ascending' | 'descending' | 'none' {
  if (current.field !== field) return 'none';
  return current.direction === 'asc' ? 'ascending' : 'descending';
}
