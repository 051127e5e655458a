import type { Contact } from '@/lib/schemas/page-scan';
import type { Prospect } from '@/lib/schemas/prospect';
import { applyPatch, type ProspectPatch } from '@/lib/db/prospect-patch';
import { endsFollowUp } from '@/lib/outreach/follow-up-rule';

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
  /** The follow-up date that taking the file's status removes (a reply or a won link ends the follow-up). */
  removesFollowUp?: number;
}

/** A value that says nothing yet: the file's value fills it without asking. */
const BLANK: { [F in MergeField]: Prospect[F] } = { title: '', opportunityType: 'other', status: 'new', campaignId: null, relevance: 0, followUpAt: null };

/**
 * Whether the stored prospect says nothing yet in `field`. A Replied or Won prospect without a
 * follow-up has none because its follow-up is over (lib/outreach/follow-up-rule.ts): a file's date
 * is offered as a choice there, never filled in (else importing a file twice would bring back the
 * date the first import removed).
 */
function blankIn(before: Prospect, field: MergeField): boolean {
  if (field === 'followUpAt' && endsFollowUp(before.status)) return false;
  return before[field] === BLANK[field];
}

function differs(before: Prospect, incoming: Incoming, field: MergeField): boolean {
  const theirs = incoming[field];
  return theirs !== undefined && theirs !== before[field] && theirs !== BLANK[field] && !blankIn(before, field);
}

export function conflictsOf(before: Prospect, incoming: Incoming): FieldConflict[] {
  const followUpChosen = differs(before, incoming, 'followUpAt');
  return MERGE_FIELDS.filter((field) => differs(before, incoming, field)).map((field) => {
    const conflict: FieldConflict = { field, mine: before[field], theirs: incoming[field] as Prospect[MergeField] };
    // Where the file's date is a choice of its own, the date chosen there stays.
    if (field === 'status' && endsFollowUp(incoming.status ?? 'new') && before.followUpAt !== null && !followUpChosen) conflict.removesFollowUp = before.followUpAt;
    return conflict;
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
 * have different values keeps the stored one unless `choices` says "theirs". The chosen values are
 * applied as an edit in the dashboard is (lib/db/prospect-patch.ts): a status change goes into the
 * history, and a new Replied or Won status ends the follow-up, unless the follow-up date was a
 * conflict of its own, where the date chosen in the preview stays. Returns `before` itself when
 * nothing changes.
 */
export function mergeProspect(before: Prospect, incoming: Incoming, choices: MergeChoices, at: number, source: string): Prospect {
  const patch: ProspectPatch = {};
  for (const field of MERGE_FIELDS) {
    const theirs = incoming[field];
    if (theirs === undefined || theirs === before[field] || theirs === BLANK[field]) continue;
    if (blankIn(before, field) || choices[field] === 'theirs') Object.assign(patch, { [field]: theirs });
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
  if (patch.status !== undefined && patch.followUpAt === undefined && differs(before, incoming, 'followUpAt')) patch.followUpAt = before.followUpAt;
  return applyPatch(merged, patch, at);
}
