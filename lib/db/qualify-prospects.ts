import type { LinkscoutDb } from '@/lib/db/database';
import type { QualifyRow } from '@/lib/db/qualify-records';
import type { OpportunityType, Prospect, ProspectStatus } from '@/lib/schemas/prospect';
import type { PageKind } from '@/lib/schemas/page-scan';
import { guardStorage } from '@/lib/db/errors';
import { mergeContacts } from '@/lib/db/prospect-from-scan';
import { buildProspect } from '@/lib/db/prospect-new';
import { toProspect } from '@/lib/db/derived';

const REACHED: ReadonlySet<ProspectStatus> = new Set(['contacted', 'followed-up', 'replied', 'won', 'lost', 'do-not-contact']);

/** Domains that have prospects, and those already contacted (or marked do-not-contact). */
export async function prospectKnowledge(db: LinkscoutDb, domains: readonly string[]): Promise<{ prospectDomains: Set<string>; contactedDomains: Set<string> }> {
  const unique = [...new Set(domains.filter(Boolean))];
  const rows = unique.length ? await db.prospects.where('domain').anyOf(unique).toArray() : [];
  return {
    prospectDomains: new Set(rows.map((r) => r.domain)),
    contactedDomains: new Set(rows.filter((r) => REACHED.has(r.status)).map((r) => r.domain)),
  };
}

const BY_KIND: Partial<Record<PageKind, OpportunityType>> = { resource: 'resource-page', 'guest-post': 'guest-post', directory: 'directory', 'journalist-query': 'journalist-query' };

function prospectFromRow(row: QualifyRow, now: number): Prospect | null {
  const f = row.facts;
  if (!f) return null;
  return buildProspect(
    f.finalUrl || row.url,
    { title: f.title, opportunityType: BY_KIND[f.pageKind as PageKind] ?? 'other', status: 'qualified', contacts: f.contacts, relevance: f.relevance, spamScore: f.spamScore, foundBy: row.foundBy },
    { id: crypto.randomUUID(), now },
  );
}

/**
 * Saves read rows as prospects with status "qualified" and what the read found. A URL that is
 * already a prospect gets the new contacts and scores; the user's status and notes are kept.
 */
export function saveQualifiedRows(db: LinkscoutDb, rows: readonly QualifyRow[], now = Date.now()): Promise<{ created: number; updated: number }> {
  const fresh = rows.map((r) => prospectFromRow(r, now)).filter((p): p is Prospect => p !== null);
  return guardStorage('Saving the qualified sites failed', () =>
    db.transaction('rw', db.prospects, async () => {
      let created = 0;
      let updated = 0;
      for (const p of fresh) {
        const existing = await db.prospects.where('normalizedUrl').equals(p.normalizedUrl).first();
        if (!existing) {
          await db.prospects.add(p);
          created++;
          continue;
        }
        const old = toProspect(existing);
        await db.prospects.put({ ...old, contacts: mergeContacts(old.contacts, p.contacts), relevance: p.relevance, spamScore: p.spamScore, title: old.title || p.title, updatedAt: now, foundBy: old.foundBy ?? p.foundBy });
        updated++;
      }
      return { created, updated };
    }),
  );
}
