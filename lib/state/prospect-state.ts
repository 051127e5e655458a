import { signal } from '@preact/signals';
import type { LinkscoutDb } from '@/lib/db/database';
import type { DomainSummary } from '@/lib/db/prospect-lookups';
import { domainSummary } from '@/lib/db/prospect-lookups';
import { normalizeUrl } from '@/lib/url/normalize';
import { toProspect } from '@/lib/db/derived';
import { saveProspectFromScan, updateProspect } from '@/lib/db/prospects';
import type { ProspectPatch } from '@/lib/db/prospect-patch';
import { listCampaigns } from '@/lib/db/campaigns';
import type { Campaign, Prospect, BrokenLink } from '@/lib/schemas/prospect';
import type { PageScan } from '@/lib/schemas/page-scan';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { registrableDomain } from '@/lib/url/domain';
import { bindLive } from './live';

/** The popup's view of the page as a prospect: saved or not, and what else is known about its domain. */
export function createProspectState() {
  return {
    saved: signal<Prospect | null>(null),
    domain: signal<DomainSummary | null>(null),
    campaigns: signal<Campaign[]>([]),
    error: signal(''),
    busy: signal(false),
  };
}
export type ProspectState = ReturnType<typeof createProspectState>;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function watchProspect(state: ProspectState, db: LinkscoutDb, pageUrl: string): () => void {
  const key = normalizeUrl(pageUrl);
  const onError = (message: string) => (state.error.value = `Reading saved prospects failed: ${message}`);
  const stops = [
    bindLive(state.saved, async () => {
      if (!key) return null;
      const row = await db.prospects.where('normalizedUrl').equals(key).first();
      return row ? toProspect(row) : null;
    }, onError),
    bindLive(state.domain, () => domainSummary(db, registrableDomain(pageUrl)), onError),
    bindLive(state.campaigns, () => listCampaigns(db), onError),
  ];
  return () => stops.forEach((stop) => stop());
}

/** Dead outbound links known for the page, to store with the prospect. */
export function brokenLinksOf(scan: PageScan, verdicts: ReadonlyMap<string, LinkVerdict>): BrokenLink[] {
  return scan.links.flatMap((l) => {
    const v = verdicts.get(l.key);
    if (!l.outbound || !v || !['broken', 'soft-404', 'parked'].includes(v.class)) return [];
    return [{ url: l.url, anchorText: l.text, httpStatus: v.httpStatus, statusClass: v.class }];
  });
}

export async function saveProspect(state: ProspectState, db: LinkscoutDb, scan: PageScan, verdicts: ReadonlyMap<string, LinkVerdict>): Promise<void> {
  state.busy.value = true;
  state.error.value = '';
  try {
    const brokenLinks = brokenLinksOf(scan, verdicts);
    const { prospect } = await saveProspectFromScan(db, scan, brokenLinks.length > 0 ? { brokenLinks } : {});
    state.saved.value = prospect; // shown at once; the live query confirms it
  } catch (error) {
    state.error.value = errorText(error);
  } finally {
    state.busy.value = false;
  }
}

export async function editProspect(state: ProspectState, db: LinkscoutDb, patch: ProspectPatch): Promise<void> {
  const current = state.saved.value;
  if (!current) return;
  state.error.value = '';
  try {
    state.saved.value = await updateProspect(db, current.id, patch);
  } catch (error) {
    state.error.value = errorText(error);
  }
}
