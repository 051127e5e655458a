import type { LinkscoutDb } from '@/lib/db/database';
import { domainSummary, prospectByNormalizedUrl } from '@/lib/db/prospect-lookups';
import { listCampaigns } from '@/lib/db/campaigns';
import { normalizeUrl } from '@/lib/url/normalize';
import { bindLive } from '@/lib/state/live';
import { watchCheck } from './check-live';
import type { PopupState } from './state';

/**
 * Follows, live from IndexedDB, what the popup shows about a scanned page: its latest check job,
 * the verdicts of its links, the prospect saved for it, its registrable domain (`site`) and the
 * campaigns. Returns the function that stops it all.
 */
export function watchPopup(state: PopupState, db: LinkscoutDb, { pageUrl, site, keys }: { pageUrl: string; site: string; keys: readonly string[] }): () => void {
  const checkFailed = (message: string) => (state.check.error.value = `Reading link results failed: ${message}`);
  const prospectFailed = (message: string) => (state.prospect.error.value = `Reading saved prospects failed: ${message}`);
  const key = normalizeUrl(pageUrl);
  const stops = [
    watchCheck(state, db, pageUrl, keys, checkFailed),
    bindLive(state.prospect.saved, async () => (key ? ((await prospectByNormalizedUrl(db, key)) ?? null) : null), prospectFailed),
    bindLive(state.prospect.domain, () => domainSummary(db, site), prospectFailed),
    bindLive(state.prospect.campaigns, () => listCampaigns(db), prospectFailed),
  ];
  return () => stops.forEach((stop) => stop());
}
