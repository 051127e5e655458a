import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import { prospectSchema } from '@/lib/schemas/prospect';
import { registrableDomain } from '@/lib/url/domain';
import { applyPatch } from '@/lib/db/prospect-patch';
import { mergeContacts } from '@/lib/db/prospect-from-scan';
import { readCsv } from '@/lib/export/csv-rows';
import { mapColumns } from '@/lib/export/import-columns';
import { RowError, rowToFields, type RowFields } from '@/lib/export/import-row';
import { diffProspects, type FieldDiff } from '@/lib/export/import-diff';

export interface ImportPlan {
  toAdd: Array<{ line: number; prospect: Prospect }>;
  toUpdate: Array<{ line: number; before: Prospect; after: Prospect; diffs: FieldDiff[] }>;
  /** Lines that match an existing prospect and would change nothing. */
  unchanged: number[];
  errors: Array<{ line: number; reason: string }>;
  campaignsToCreate: Campaign[];
  /** Headers that feed no field. */
  ignoredColumns: string[];
  ownFormat: boolean;
}

/** The reads a preview needs, given by the caller (lib/db's importLookups): this module writes nothing. */
export interface ImportLookups {
  campaigns: () => Promise<Campaign[]>;
  byId: (id: string) => Promise<Prospect | undefined>;
  byNormalizedUrl: (normalizedUrl: string) => Promise<Prospect | undefined>;
}

interface PlanOptions {
  now?: number;
  newId?: () => string;
}

function newProspect(fields: RowFields, campaignId: string | null, id: string, now: number): Prospect {
  const { campaign: _campaign, ...rest } = fields;
  const parsed = prospectSchema.safeParse({
    id, title: '', opportunityType: 'other', status: 'new', tags: [], contacts: [], brokenLinks: [], linksToMySite: [],
    relevance: 0, spamScore: 0, spamSignals: [], toxic: false, notes: '', followUpAt: null, createdAt: now, updatedAt: now, history: [],
    ...rest, campaignId, domain: registrableDomain(fields.url),
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RowError(`${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}`);
}

/**
 * Update rule: every column present in the file replaces the existing value (each change is listed
 * in `diffs`), except contacts, which are merged; columns absent from the file keep what is stored.
 * Dates of creation and update are not taken from the file for an existing prospect.
 */
function updatedProspect(before: Prospect, fields: RowFields, campaignId: string | null | undefined, now: number): Prospect {
  const { campaign: _c, id: _id, createdAt: _ca, updatedAt: _ua, normalizedUrl, url, contacts, status, ...rest } = fields;
  // Another spelling of the same page (http, www, tracking parameters) is not a change.
  const urlPatch = normalizedUrl === before.normalizedUrl ? {} : { url };
  const patched = applyPatch(before, { ...rest, ...urlPatch, ...(status ? { status } : {}) }, now);
  return {
    ...patched,
    contacts: contacts ? mergeContacts(before.contacts, contacts) : before.contacts,
    campaignId: campaignId === undefined ? before.campaignId : campaignId,
  };
}

/** Reads a CSV file into a preview of what an import would do; writes nothing. */
export async function planCsvImport(lookups: ImportLookups, text: string, options: PlanOptions = {}): Promise<ImportPlan> {
  const now = options.now ?? Date.now();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const { header, rows } = readCsv(text);
  const map = mapColumns(header);
  const plan: ImportPlan = { toAdd: [], toUpdate: [], unchanged: [], errors: [], campaignsToCreate: [], ignoredColumns: map.ignored, ownFormat: map.ownFormat };
  if (!map.columns.has('url') && !map.columns.has('domain')) {
    plan.errors.push({ line: 1, reason: 'no URL column: the header needs one of url, website, website url or domain' });
    return plan;
  }
  const campaignIds = new Map((await lookups.campaigns()).map((c) => [c.name, c.id]));
  const lineByUrl = new Map<string, number>();
  const lineByRecord = new Map<string, number>();
  const takenIds = new Set<string>();
  for (const row of rows) {
    try {
      if (row.error) throw new RowError(row.error);
      const fields = rowToFields(row.cells, map);
      const earlier = lineByUrl.get(fields.normalizedUrl);
      if (earlier !== undefined) throw new RowError(`same page as line ${earlier} (${fields.url}); only the first is imported`);
      const byId = fields.id ? await lookups.byId(fields.id) : undefined;
      const byUrl = await lookups.byNormalizedUrl(fields.normalizedUrl);
      if (byId && byUrl && byId.id !== byUrl.id) throw new RowError(`the URL ${fields.url} already belongs to another prospect (${byUrl.id})`);
      const existing = byId ?? byUrl;
      const sameRecord = existing ? lineByRecord.get(existing.id) : undefined;
      if (sameRecord !== undefined) throw new RowError(`same prospect as line ${sameRecord}; only the first is imported`);

      // A campaign named in the file but not in the database is created, once, with the import.
      const name = fields.campaign;
      const knownCampaign = name ? campaignIds.get(name) : undefined;
      const newCampaign: Campaign | null = name && !knownCampaign ? { id: newId(), name, createdAt: now } : null;
      const campaignId = name === undefined ? undefined : name === '' ? null : (knownCampaign ?? newCampaign?.id ?? null);

      if (existing) {
        const before = existing;
        const after = updatedProspect(before, fields, campaignId, now);
        const diffs = diffProspects(before, after);
        if (diffs.length === 0) plan.unchanged.push(row.line);
        else plan.toUpdate.push({ line: row.line, before, after, diffs });
        lineByRecord.set(existing.id, row.line);
      } else {
        const id = fields.id && !takenIds.has(fields.id) ? fields.id : newId();
        plan.toAdd.push({ line: row.line, prospect: newProspect(fields, campaignId ?? null, id, now) });
        takenIds.add(id);
      }
      lineByUrl.set(fields.normalizedUrl, row.line);
      if (newCampaign) {
        plan.campaignsToCreate.push(newCampaign);
        campaignIds.set(newCampaign.name, newCampaign.id);
      }
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      plan.errors.push({ line: row.line, reason: error.message });
    }
  }
  return plan;
}
