import type { HistoryEntry, Prospect } from '@/lib/schemas/prospect';
import { registrableDomain } from '@/lib/url/domain';
import { normalizeUrl } from '@/lib/url/normalize';
import { StorageError } from '@/lib/db/errors';
import { followUpEnded } from '@/lib/outreach/follow-up-rule';

/** Fields the user may edit. Changing `url` recomputes the dedupe key and the domain. */
export type ProspectPatch = Partial<
  Pick<Prospect, 'url' | 'title' | 'opportunityType' | 'status' | 'campaignId' | 'tags' | 'contacts' | 'brokenLinks' | 'notes' | 'followUpAt' | 'toxic' | 'relevance'>
>;

/**
 * Applies an edit and records it. A status change is written in the history; a change to a status
 * that ends the follow-up (lib/outreach/follow-up-rule.ts) also removes the follow-up date, with a
 * note, unless the same edit sets the date itself.
 */
export function applyPatch(prospect: Prospect, patch: ProspectPatch, now: number): Prospect {
  const next: Prospect = { ...prospect, ...patch, updatedAt: now };
  if (patch.url !== undefined && patch.url !== prospect.url) {
    const normalizedUrl = normalizeUrl(patch.url);
    if (!normalizedUrl) throw new StorageError('constraint', `"${patch.url}" is not an http(s) URL.`);
    next.normalizedUrl = normalizedUrl;
    next.domain = registrableDomain(patch.url);
  }
  if (patch.status === undefined) return next;
  const entries: HistoryEntry[] = [];
  if (patch.status !== prospect.status) entries.push({ kind: 'status', at: now, from: prospect.status, to: patch.status });
  // Also when the status was already set: a date left from before (or from another tab) goes too.
  const ended = patch.followUpAt === undefined ? followUpEnded(prospect, patch.status, now) : null;
  if (ended) {
    entries.push(ended);
    next.followUpAt = null;
  }
  if (entries.length > 0) next.history = [...prospect.history, ...entries];
  return next;
}
