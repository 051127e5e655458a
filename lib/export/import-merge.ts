import type { Contact } from '@/lib/schemas/page-scan';
import type { HistoryEntry, Prospect } from '@/lib/schemas/prospect';

/** Single-value fields where a file and the stored prospect can disagree; the user chooses per field. */
export const MERGE_FIELDS = ['title', 'opportunityType', 'status', 'campaignId', 'relevance', 'followUpAt'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeChoice = 'mine' | 'theirs';
export type MergeChoices = Partial<Record<MergeField, MergeChoice>>;

/** What a file brings for one prospect, with the campaign already resolved to an id. */
export type Incoming = Partial<Pick<Prospect, MergeField | 'tags' | 'contacts' | 'notes' | 'brokenLinks' | 'linksToMySite' | 'spamSignals'>>;

export interface FieldConflict {
  field: MergeField;
  mine: Prospect[MergeField];
  theirs: Prospect[MergeField];
}

/** A value that says nothing yet: the file's value fills it without asking. */
const BLANK: { [F in MergeField]: Prospect[F] } = { title: '', opportunityType: 'other', status: 'new', campaignId: null, relevance: 0, followUpAt: null };

export function conflictsOf(before: Prospect, incoming: Incoming): FieldConflict[] {
  return MERGE_FIELDS.flatMap((field) => {
    const theirs = incoming[field];
    const mine = before[field];
    if (theirs === undefined || theirs === mine || theirs === BLANK[field] || mine === BLANK[field]) return [];
    return [{ field, mine, theirs }];
  });
}

const contactKey = (c: Contact) => `${c.kind}\u0000${c.value.trim().toLowerCase()}`;

/** Contacts added with duplicates removed; a known contact only gains the name, position or confidence it lacked. */
export function mergeContactDetails(mine: readonly Contact[], theirs: readonly Contact[]): Contact[] {
  const merged = new Map(mine.map((c) => [contactKey(c), c]));
  for (const contact of theirs) {
    const key = contactKey(contact);
    const known = merged.get(key);
    if (!known) merged.set(key, contact);
    else if ((!known.name && contact.name) || (!known.position && contact.position) || (known.confidence === undefined && contact.confidence !== undefined)) {
      const { name = contact.name, position = contact.position, confidence = contact.confidence } = known;
      merged.set(key, { ...known, ...(name !== undefined && { name }), ...(position !== undefined && { position }), ...(confidence !== undefined && { confidence }) });
    }
  }
  return [...merged.values()];
}

function union<T>(mine: readonly T[], theirs: readonly T[] | undefined, key: (item: T) => string = String): T[] {
  if (!theirs) return [...mine];
  const seen = new Set(mine.map(key));
  return [...mine, ...theirs.filter((item) => !seen.has(key(item)) && seen.add(key(item)))];
}

/** A file's note is appended under the date and the file's name, once: a note already there is not added again. */
export function appendNote(mine: string, theirs: string | undefined, at: number, source: string): string {
  const note = theirs?.trim();
  if (!note || mine.includes(note)) return mine;
  if (!mine.trim()) return note;
  return `${mine}\n\n— ${new Date(at).toISOString().slice(0, 10)}, ${source}:\n${note}`;
}

/**
 * The stored prospect with a file's values merged in, losing nothing: tags, contacts, links and
 * signals are unions, notes are appended, blank fields are filled, and a field where both sides
 * have different values keeps the stored one unless `choices` says "theirs". Status changes go
 * into the history. Returns `before` itself when nothing changes.
 */
export function mergeProspect(before: Prospect, incoming: Incoming, choices: MergeChoices, at: number, source: string): Prospect {
  const patch: Partial<Pick<Prospect, MergeField>> = {};
  for (const field of MERGE_FIELDS) {
    const theirs = incoming[field];
    if (theirs === undefined || theirs === before[field] || theirs === BLANK[field]) continue;
    if (before[field] === BLANK[field] || choices[field] === 'theirs') Object.assign(patch, { [field]: theirs });
  }
  const merged: Prospect = {
    ...before,
    tags: union(before.tags, incoming.tags),
    contacts: incoming.contacts ? mergeContactDetails(before.contacts, incoming.contacts) : before.contacts,
    notes: appendNote(before.notes, incoming.notes, at, source),
    brokenLinks: union(before.brokenLinks, incoming.brokenLinks, (b) => b.url),
    linksToMySite: union(before.linksToMySite, incoming.linksToMySite, (l) => `${l.url}\u0000${l.anchorText}`),
    spamSignals: union(before.spamSignals, incoming.spamSignals),
  };
  const changed = Object.keys(patch).length > 0 || JSON.stringify(merged) !== JSON.stringify(before);
  if (!changed) return before;
  const next: Prospect = { ...merged, ...patch, updatedAt: at };
  if (patch.status !== undefined) {
    const entry: HistoryEntry = { kind: 'status', at, from: before.status, to: patch.status };
    next.history = [...before.history, entry];
  }
  return next;
}
