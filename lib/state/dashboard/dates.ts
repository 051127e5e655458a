/**
 * Dates as the dashboard's `<input type="date">` fields hold them (YYYY-MM-DD, the user's own
 * time zone) and as epoch milliseconds in the database.
 */
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight at the start of the day, or null for an empty or malformed value. */
export function dayStart(value: string): number | null {
  const match = DAY_PATTERN.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d);
  // Rejects 2025-02-31 and the like, which Date would roll over into the next month.
  return date.getMonth() === m - 1 && date.getDate() === d ? date.getTime() : null;
}

/** The last millisecond of the day, so a "to" bound includes the whole day. */
export function dayEnd(value: string): number | null {
  const start = dayStart(value);
  if (start === null) return null;
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  return next.getTime() - 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of a date input showing the local day of `ms`; '' for null. */
export function toDayInput(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Short local date for table cells. */
export function formatDay(ms: number | null): string {
  return ms === null ? '' : toDayInput(ms);
}

/** Local date and time to the minute, for the status history. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${toDayInput(ms)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
