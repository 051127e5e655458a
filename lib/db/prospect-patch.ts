import type { HistoryEntry, Prospect } from '@/lib/schemas/prospect';
import { registrableDomain } from '@/lib/url/domain';
import { normalizeUrl } from '@/lib/url/normalize';
import { StorageError } from '@/lib/db/errors';

/** Fields the user may edit. Changing `url` recomputes the dedupe key and the domain. */
export type ProspectPatch = Partial<
  Pick<Prospect, 'url' | 'title' | 'opportunityType' | 'status' | 'campaignId' | 'tags' | 'contacts' | 'brokenLinks' | 'notes' | 'followUpAt' | 'toxic' | 'relevance'>
>;

export function applyPatch(prospect: Prospect, patch: ProspectPatch, now: number): Prospect {
  const next: Prospect = { ...prospect, ...patch, updatedAt: now };
  if (patch.url !== undefined && patch.url !== prospect.url) {
    const normalizedUrl = normalizeUrl(patch.url);
    if (!normalizedUrl) throw new StorageError('constraint', `"${patch.url}" is not an http(s) URL.`);
    next.normalizedUrl = normalizedUrl;
    next.domain = registrableDomain(patch.url);
  }
  if (patch.status !== undefined && patch.status !== prospect.status) {
    const entry: HistoryEntry = { kind: 'status', at: now, from: prospect.status, to: patch.status };
    next.history = [...prospect.history, entry];
  }
  return next;
}
