import type { Disqualifier, QualifyFacts, QualifyRules, ScoreParts } from './types';
import { disqualify } from './rules';
import { scoreParts } from './score';

/** A row of the qualification table as stored: pending, failed, or read with its facts. */
export interface RowInput {
  id: string;
  order: number;
  url: string;
  state: 'queued' | 'reading' | 'done' | 'failed';
  facts?: QualifyFacts;
  error?: string;
}

export interface JudgedRow extends RowInput {
  domain: string;
  alreadyInProspects: boolean;
  disqualified: { rule: Disqualifier | 'failed'; reason: string } | null;
  score: ScoreParts | null;
}

export interface Knowledge {
  domainOf: (url: string) => string;
  /** Domains with any prospect, and those already contacted (or do-not-contact). */
  prospectDomains: ReadonlySet<string>;
  contactedDomains: ReadonlySet<string>;
}

/** Applies the disqualifiers, then scores what passed. A failed read is shown as such, never scored. */
export function judgeRow(row: RowInput, known: Knowledge, rules: QualifyRules): JudgedRow {
  const domain = known.domainOf(row.facts?.finalUrl || row.url);
  const base = { ...row, domain, alreadyInProspects: known.prospectDomains.has(domain) };
  if (row.state === 'failed') return { ...base, disqualified: { rule: 'failed', reason: `could not be read: ${row.error ?? 'unknown error'}` }, score: null };
  if (!row.facts) return { ...base, disqualified: null, score: null };
  const out = disqualify(row.facts, { domain, contacted: known.contactedDomains.has(domain) }, rules);
  return { ...base, disqualified: out, score: out ? null : scoreParts(row.facts) };
}

const rank = (r: JudgedRow) => (r.score ? 0 : r.facts || r.state === 'failed' ? 2 : 1);

/** Qualified rows by score (best first), then rows still being read, then the disqualified, each in input order. */
export function sortJudged(rows: readonly JudgedRow[]): JudgedRow[] {
  return [...rows].sort((a, b) => rank(a) - rank(b) || (b.score?.total ?? 0) - (a.score?.total ?? 0) || a.order - b.order);
}
