// ISO 8601 as pages write it: a date, optionally a time (with "T" or a space), optionally a zone.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// "Tue, 05 Mar 2024 10:00:00 GMT", "March 5, 2024": a month name makes Date.parse well defined enough.
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
const HAS_ZONE = /\b(?:gmt|utc|ut|z|[ecmp][sd]t)\b|[+-]\d{2}:?\d{2}$/i;
const YEAR_MIN = 1970;
const YEAR_MAX = 2200;

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  return sign * (hours * 60 + minutes);
}

function fromParts(m: RegExpExecArray): number {
  const [year, month, day, hour = 0, minute = 0, second = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0));
  const fraction = Number(`0.${m[7] ?? '0'}`);
  if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  if (hour > 24 || minute > 59 || second > 60) return NaN;
  const utc = Date.UTC(year ?? 0, month - 1, day, hour, minute, second, Math.round(fraction * 1000));
  // Date.UTC rolls 31 February over into March: such a date was never valid.
  if (new Date(utc).getUTCDate() !== day && hour < 24) return NaN;
  return utc - zoneOffsetMinutes(m[8]) * 60_000;
}

/**
 * A date as an ISO 8601 UTC string ("2024-03-05T08:30:00.000Z"), or null when it cannot be read.
 * A date-time without a zone is taken as UTC: the page does not say, and the user's zone is not
 * the page's either.
 */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text || text.length > 64) return null;
  const iso = ISO.exec(text);
  let time: number;
  if (iso) time = fromParts(iso);
  else if (MONTH_NAME.test(text) && /\b\d{4}\b/.test(text)) time = Date.parse(HAS_ZONE.test(text) ? text : `${text} UTC`);
  else return null;
  if (!Number.isFinite(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year >= YEAR_MIN && year <= YEAR_MAX ? date.toISOString() : null;
}
