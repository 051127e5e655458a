import type { Campaign, Prospect, ProspectStatus } from '@/lib/schemas/prospect';
import { registrableDomain } from '@/lib/url/domain';
import { readCsv } from '@/lib/export/csv-rows';
import { LAYOUT_NAMES, mapColumns, type ImportLayout } from '@/lib/export/import-columns';
import { RowError, rowToFields, type RowFields } from '@/lib/export/import-row';
import { combineFields, groupRows, type RowGroup } from '@/lib/export/import-group';
import { conflictsOf, mergeProspect, type FieldConflict, type Incoming } from '@/lib/export/import-merge';
import { diffProspects, type FieldDiff } from '@/lib/export/import-diff';
import { newProspect } from '@/lib/export/import-new';
import { findTarget, indexTargets, type MatchedBy } from '@/lib/export/import-match';

/** 'domain': a row naming only a site joins the prospect saved on that domain; 'url': one prospect per URL. */
export type MatchMode = 'domain' | 'url';

export interface PlannedUpdate {
  lines: number[];
  /** The stored prospect as the preview read it; apply re-reads it and merges again if it changed. */
  before: Prospect;
  incoming: Incoming;
  matchedBy: MatchedBy;
  conflicts: FieldConflict[];
  /** With every conflict kept as stored ("keep mine"). */
  after: Prospect;
  diffs: FieldDiff[];
}

export interface ImportPlan {
  layout: ImportLayout;
  layoutName: string;
  /** The file's name (or "CSV import"): notes appended by the import say where they came from. */
  source: string;
  matchMode: MatchMode;
  rowCount: number;
  toAdd: Array<{ lines: number[]; prospect: Prospect }>;
  toUpdate: PlannedUpdate[];
  /** Lines that match an existing prospect and would change nothing. */
  unchanged: number[];
  errors: Array<{ line: number; reason: string }>;
  campaignsToCreate: Campaign[];
  /** Every stage word of the file and the status it becomes (null: not recognised, left as it is). */
  stages: Array<{ stage: string; status: ProspectStatus | null; rows: number }>;
  /** Headers that feed no field. */
  ignoredColumns: string[];
  ownFormat: boolean;
  plannedAt: number;
}

/** The reads an import preview needs, each answered for a whole file at once (lib/db/transfer-import.ts `importLookups`). */
export interface ImportLookups {
  campaigns(): Promise<Campaign[]>;
  byIds(ids: readonly string[]): Promise<Prospect[]>;
  byUrls(normalizedUrls: readonly string[]): Promise<Prospect[]>;
  byDomains(domains: readonly string[]): Promise<Prospect[]>;
}

export interface PlanOptions {
  now?: number;
  newId?: () => string;
  matchMode?: MatchMode;
  source?: string;
  /** Rows read so far and in all, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const YIELD_EVERY = 1000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function readRows(text: string, plan: ImportPlan, options: PlanOptions) {
  const { header, rows } = readCsv(text);
  const map = mapColumns(header);
  Object.assign(plan, { layout: map.layout, layoutName: LAYOUT_NAMES[map.layout], ownFormat: map.ownFormat, ignoredColumns: map.ignored, rowCount: rows.length });
  if (!map.columns.has('url') && !map.columns.has('domain')) {
    plan.errors.push({ line: 1, reason: 'no URL column: the header needs one of url, website, website url, domain or Link Partner – Domain' });
    return [];
  }
  const parsed: Array<{ line: number; fields: RowFields }> = [];
  for (const [i, row] of rows.entries()) {
    if (i % YIELD_EVERY === 0 && i > 0) {
      options.onProgress?.(i, rows.length);
      await pause();
      options.signal?.throwIfAborted();
    }
    try {
      if (row.error) throw new RowError(row.error);
      parsed.push({ line: row.line, fields: rowToFields(row.cells, map) });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      plan.errors.push({ line: row.line, reason: error.message });
    }
  }
  options.onProgress?.(rows.length, rows.length);
  return parsed;
}

function stageTable(rows: ReadonlyArray<{ fields: RowFields }>): ImportPlan['stages'] {
  const table = new Map<string, { stage: string; status: ProspectStatus | null; rows: number }>();
  for (const { fields } of rows) {
    if (fields.stage === undefined) continue;
    const entry = table.get(fields.stage) ?? { stage: fields.stage, status: fields.status ?? null, rows: 0 };
    entry.rows++;
    table.set(fields.stage, entry);
  }
  return [...table.values()];
}

/** Reads a CSV file into a preview of what an import would do; writes nothing. */
export async function planImport(text: string, lookups: ImportLookups, options: PlanOptions = {}): Promise<ImportPlan> {
  const now = options.now ?? Date.now();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const source = options.source ?? 'CSV import';
  const plan: ImportPlan = {
    layout: 'generic', layoutName: '', source, matchMode: options.matchMode ?? 'domain', rowCount: 0, toAdd: [], toUpdate: [], unchanged: [], errors: [],
    campaignsToCreate: [], stages: [], ignoredColumns: [], ownFormat: false, plannedAt: now,
  };
  const rows = await readRows(text, plan, options);
  // Our own export names each prospect's page exactly: its rows never join another page's prospect.
  if (plan.ownFormat) plan.matchMode = 'url';
  const { matchMode } = plan;
  plan.stages = stageTable(rows);
  const groups = groupRows(rows);
  const ids = groups.flatMap((g) => (g.fields.id ? [g.fields.id] : []));
  const [byId, byUrl, byDomain, campaigns] = await Promise.all([
    lookups.byIds(ids),
    lookups.byUrls(groups.map((g) => g.fields.normalizedUrl)),
    matchMode === 'domain' ? lookups.byDomains(groups.filter((g) => g.fields.siteOnly).map((g) => registrableDomain(g.fields.url))) : Promise.resolve([]),
    lookups.campaigns(),
  ]);
  options.signal?.throwIfAborted();
  const targets = indexTargets(byId, byUrl, byDomain);
  const campaignIds = new Map(campaigns.map((c) => [c.name, c.id]));
  const campaignId = (name: string | undefined): string | null | undefined => {
    if (name === undefined) return undefined;
    if (name === '') return null;
    const known = campaignIds.get(name);
    if (known) return known;
    const created: Campaign = { id: newId(), name, createdAt: now };
    plan.campaignsToCreate.push(created);
    campaignIds.set(name, created.id);
    return created.id;
  };

  // Groups that land on one stored prospect (its page, and its site's domain-only rows) merge first.
  const byTarget = new Map<string, { target: Prospect; matchedBy: MatchedBy; group: RowGroup }>();
  const takenIds = new Set<string>();
  for (const group of groups) {
    try {
      // An id the file already used on an earlier page is not this row's (two rows cannot both be it).
      if (group.fields.id && takenIds.has(group.fields.id)) group.fields = { ...group.fields, id: undefined };
      if (group.fields.id) takenIds.add(group.fields.id);
      const found = findTarget(targets, group.fields, matchMode);
      if (!found) {
        const { campaign, ...fields } = group.fields;
        const id = fields.id ?? newId();
        takenIds.add(id);
        plan.toAdd.push({ lines: group.lines, prospect: newProspect(fields, campaignId(campaign) ?? null, id, now) });
        continue;
      }
      const earlier = byTarget.get(found.target.id);
      if (earlier) earlier.group = { lines: [...earlier.group.lines, ...group.lines], fields: combineFields(earlier.group.fields, group.fields) };
      else byTarget.set(found.target.id, { ...found, group });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      for (const line of group.lines) plan.errors.push({ line, reason: error.message });
    }
  }
  for (const { target, matchedBy, group } of byTarget.values()) {
    const { campaign, ...fields } = group.fields;
    const incoming: Incoming = { ...pickIncoming(fields), ...(campaign !== undefined && { campaignId: campaignId(campaign) ?? null }) };
    const after = mergeProspect(target, incoming, {}, now, source);
    const conflicts = conflictsOf(target, incoming);
    // A conflict is listed even when keeping mine changes nothing: the user may want the file's value.
    if (after === target && conflicts.length === 0) plan.unchanged.push(...group.lines);
    else plan.toUpdate.push({ lines: group.lines, before: target, incoming, matchedBy, conflicts, after, diffs: diffProspects(target, after) });
  }
  plan.errors.sort((a, b) => a.line - b.line);
  plan.unchanged.sort((a, b) => a - b);
  return plan;
}

function pickIncoming(fields: Omit<RowFields, 'campaign'>): Incoming {
  const { title, opportunityType, status, relevance, followUpAt, tags, contacts, notes, brokenLinks, linksToMySite, spamSignals } = fields;
  const picked: Incoming = { title, opportunityType, status, relevance, followUpAt, tags, contacts, notes, brokenLinks, linksToMySite, spamSignals };
  return Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined)) as Incoming;
}
