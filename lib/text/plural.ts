import { formatCount } from '@/lib/text/numbers';
/** The word for a count: "link" for 1, "links" otherwise (or the given plural form). */
export function plural(count: number, singular: string, many = `${singular}s`): string {
  return count === 1 ? singular : many;
}

/** A count with its word, the count grouped in thousands: "1 prospect", "1,204 prospects". */
export function counted(count: number, singular: string, many?: string): string {
  return `${formatCount(count)} ${plural(count, singular, many)}`;
}
