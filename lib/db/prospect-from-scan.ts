import type { Contact, PageScan } from '@/lib/schemas/page-scan';
import type { BrokenLink, HistoryEntry, OpportunityType, Prospect, ProspectStatus } from '@/lib/schemas/prospect';
import { suggestOpportunityType } from '@/lib/db/opportunity';
import { buildProspect } from '@/lib/db/prospect-new';

/** What the user chose in the save form, beside the scan. */
export interface SaveExtras {
  opportunityType?: OpportunityType;
  status?: ProspectStatus;
  campaignId?: string | null;
  tags?: readonly string[];
  notes?: string;
  brokenLinks?: readonly BrokenLink[];
  followUpAt?: number | null;
  toxic?: boolean;
  /** Contacts added or edited by hand, merged after the scanned ones. */
  contacts?: readonly Contact[];
  now?: number;
  newId?: () => string;
}

/** Union of two contact lists, keyed by kind and case-insensitive value; the first one seen wins. */
export function mergeContacts(...lists: ReadonlyArray<readonly Contact[]>): Contact[] {
  const seen = new Map<string, Contact>();
  for (const list of lists) {
    for (const contact of list) {
      const key = `${contact.kind}\u0000${contact.value.trim().toLowerCase()}`;
      if (!seen.has(key)) seen.set(key, contact);
    }
  }
  return [...seen.values()];
}

function uniqueTags(...lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(lists.flat().map((t) => t.trim()).filter((t) => t.length > 0))];
}

export function prospectFromScan(scan: PageScan, extras: SaveExtras = {}): Prospect {
  const brokenLinks = [...(extras.brokenLinks ?? [])];
  const prospect = buildProspect(
    scan.url,
    {
      title: scan.title,
      opportunityType: extras.opportunityType ?? suggestOpportunityType(scan, brokenLinks.length),
      status: extras.status,
      campaignId: extras.campaignId,
      tags: uniqueTags(extras.tags ?? []),
      contacts: mergeContacts(scan.contacts, extras.contacts ?? []),
      brokenLinks,
      linksToMySite: scan.links.filter((l) => l.toOwnSite).map((l) => ({ url: l.url, anchorText: l.text, rel: l.rel })),
      relevance: scan.relevance.score,
      spamScore: scan.spam.score,
      spamSignals: scan.spam.signals.map((s) => s.label),
      toxic: extras.toxic,
      notes: extras.notes,
      followUpAt: extras.followUpAt,
    },
    { id: (extras.newId ?? (() => crypto.randomUUID()))(), now: extras.now ?? Date.now() },
  );
  if (!prospect) throw new Error(`Only http(s) pages can be saved as prospects, not "${scan.url}".`);
  return prospect;
}

/** "2 new contacts, 1 new dead link": what a new scan added, for the history; '' when nothing. */
export function rescanSummary(before: Prospect, after: Prospect): string {
  const added = (n: number, one: string, many: string) => (n > 0 ? [`${n} new ${n === 1 ? one : many}`] : []);
  return [
    ...added(after.contacts.length - before.contacts.length, 'contact', 'contacts'),
    ...added(after.brokenLinks.length - before.brokenLinks.length, 'dead link', 'dead links'),
    ...added(after.linksToMySite.filter((l) => !before.linksToMySite.some((b) => b.url === l.url)).length, 'link to my site', 'links to my site'),
  ].join(', ');
}

/**
 * Saving a page that is already a prospect ("update from a new scan"): what the page says now
 * (title, links to my site, scores) is refreshed; what the user decided (status, notes, type,
 * campaign, follow-up, toxic flag) is kept; contacts, tags and dead links are merged, never
 * dropped; the history says what the scan added.
 */
export function mergeRescan(existing: Prospect, fresh: Prospect, extras: SaveExtras): Prospect {
  const known = new Set(existing.brokenLinks.map((b) => b.url));
  const merged: Prospect = {
    ...existing,
    title: fresh.title || existing.title,
    contacts: mergeContacts(existing.contacts, fresh.contacts),
    tags: uniqueTags(existing.tags, fresh.tags),
    brokenLinks: extras.brokenLinks ? [...existing.brokenLinks, ...fresh.brokenLinks.filter((b) => !known.has(b.url))] : existing.brokenLinks,
    linksToMySite: fresh.linksToMySite,
    relevance: fresh.relevance,
    spamScore: fresh.spamScore,
    spamSignals: fresh.spamSignals,
    campaignId: existing.campaignId ?? fresh.campaignId,
    notes: existing.notes || fresh.notes,
    followUpAt: existing.followUpAt ?? fresh.followUpAt,
    updatedAt: fresh.updatedAt,
  };
  const summary = rescanSummary(existing, merged);
  const entry: HistoryEntry = { kind: 'note', at: fresh.updatedAt, field: 'scan', note: `Updated from a new scan: ${summary || 'nothing new'}` };
  return { ...merged, history: [...existing.history, entry] };
}
