import { contactSchema } from '@/lib/schemas/page-scan';
import {
  brokenLinkSchema, historyEntrySchema, linkToMySiteSchema, MAX_EPOCH_MS, opportunityTypeSchema, prospectSchema, prospectStatusSchema,
  type Prospect,
} from '@/lib/schemas/prospect';
import { registrableDomain } from '@/lib/url/domain';
import { normalizeUrl } from '@/lib/url/normalize';

/**
 * Makes a stored prospect record valid where that can be done without guessing: missing lists
 * become empty, missing text becomes "", unknown choices fall back to the default, impossible
 * dates are dropped, and the fields derived from the URL are computed again. A record without a
 * usable id or web address cannot be repaired.
 */
export type Coerced = { ok: true; prospect: Prospect } | { ok: false; problem: string };

/** What of a zod schema this needs (lib/db does not import zod itself). */
interface Schema<T> {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false };
}

const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
const list = <T,>(v: unknown, schema: Schema<T>): T[] => (Array.isArray(v) ? v.flatMap((x) => { const r = schema.safeParse(x); return r.success ? [r.data] : []; }) : []);
const date = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_EPOCH_MS ? v : null);
const score = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : 0);
const choice = <T,>(v: unknown, schema: Schema<T>, fallback: T): T => { const r = schema.safeParse(v); return r.success ? r.data : fallback; };

export function coerceProspect(raw: unknown, now: number): Coerced {
  if (typeof raw !== 'object' || raw === null) return { ok: false, problem: 'the record is not an object' };
  const r = raw as Record<string, unknown>;
  const id = str(r.id);
  if (!id) return { ok: false, problem: 'the record has no id' };
  const url = str(r.url);
  const normalizedUrl = normalizeUrl(url);
  if (!normalizedUrl) return { ok: false, problem: `the record's address ${JSON.stringify(url.slice(0, 200))} is not a web address` };
  const createdAt = date(r.createdAt) ?? now;
  const candidate: Prospect = {
    id, url, normalizedUrl, domain: registrableDomain(url),
    title: str(r.title), notes: str(r.notes),
    opportunityType: choice(r.opportunityType, opportunityTypeSchema, 'other'),
    status: choice(r.status, prospectStatusSchema, 'new'),
    campaignId: typeof r.campaignId === 'string' && r.campaignId ? r.campaignId : null,
    tags: Array.isArray(r.tags) ? r.tags.filter((t): t is string => typeof t === 'string' && t.length > 0) : [],
    contacts: list(r.contacts, contactSchema),
    brokenLinks: list(r.brokenLinks, brokenLinkSchema),
    linksToMySite: list(r.linksToMySite, linkToMySiteSchema),
    relevance: score(r.relevance), spamScore: score(r.spamScore),
    spamSignals: Array.isArray(r.spamSignals) ? r.spamSignals.filter((s): s is string => typeof s === 'string') : [],
    toxic: r.toxic === true,
    followUpAt: date(r.followUpAt),
    createdAt, updatedAt: date(r.updatedAt) ?? createdAt,
    history: list(r.history, historyEntrySchema),
  };
  const checked = prospectSchema.safeParse(candidate);
  if (!checked.success) return { ok: false, problem: checked.error.issues[0]?.message ?? 'invalid' };
  return { ok: true, prospect: { ...candidate, ...extraFields(r, candidate) } };
}

/** Fields a newer version may have added that this code does not know: kept as they were. */
function extraFields(r: Record<string, unknown>, known: Prospect): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r).filter(([k]) => !(k in known) && !['hasEmail', 'contactCount', 'words'].includes(k)));
}
