import type { PageRequest } from '@/lib/db/query';
import { formatCount } from '@/lib/text/numbers';

export const PAGE_SIZE = 50;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** A page index kept inside 0 … last page, e.g. after deleting the last rows of the last page. */
export function clampPage(page: number, total: number, size = PAGE_SIZE): number {
  return Math.min(Math.max(0, Math.floor(page)), pageCount(total, size) - 1);
}

export function pageRequest(page: number, size = PAGE_SIZE): PageRequest {
  return { offset: page * size, limit: size };
}

/** "51–100 of 1,234", or "51–100 of …" while the total is being counted (null). */
export function rangeLabel(page: number, shown: number, total: number | null, size = PAGE_SIZE): string {
  const of = total === null ? '…' : formatCount(total);
  if (total === 0 || shown === 0) return `0 of ${of}`;
  const first = page * size + 1;
  return `${formatCount(first)}–${formatCount(first + shown - 1)} of ${of}`;
}
