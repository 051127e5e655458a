import type { LinkscoutDb } from '@/lib/db/database';
import type { ProspectPatch } from '@/lib/db/prospect-patch';
import type { PageScan } from '@/lib/schemas/page-scan';
import type { TabScanResult } from '@/lib/tab/scan-core';
import { errorText } from '@/lib/text/error-text';
import { brokenLinksOf } from './check-filter';
import type { PopupState } from './state';

/** Saving the page as a prospect and editing it in place: part of createPopupActions. Storage loads on first use. */
export function prospectActions(
  state: PopupState,
  deps: { db: () => Promise<LinkscoutDb>; validate: (scan: PageScan, tabId: number) => Promise<TabScanResult> },
  ready: () => { scan: PageScan; tabId: number } | null,
) {
  const { prospect, check } = state;
  return {
    saveProspect: async () => {
      const view = ready();
      if (!view) return;
      prospect.busy.value = true;
      prospect.error.value = '';
      try {
        const brokenLinks = brokenLinksOf(view.scan.links, check.verdicts.value);
        // Only a scan that passed the schema is stored (the list may show before the check ends).
        const checked = await deps.validate(view.scan, view.tabId);
        if (!checked.ok) throw new Error(checked.problem.message);
        const [{ saveProspectFromScan }, db] = await Promise.all([import('@/lib/db/prospects'), deps.db()]);
        const saved = await saveProspectFromScan(db, checked.scan, brokenLinks.length > 0 ? { brokenLinks } : {});
        prospect.saved.value = saved.prospect; // shown at once; the live query confirms it
      } catch (error) {
        prospect.error.value = errorText(error);
      } finally {
        prospect.busy.value = false;
      }
    },
    editProspect: async (patch: ProspectPatch) => {
      const current = prospect.saved.value;
      if (!current) return;
      prospect.error.value = '';
      try {
        const [{ updateProspect }, db] = await Promise.all([import('@/lib/db/prospects'), deps.db()]);
        prospect.saved.value = await updateProspect(db, current.id, patch);
      } catch (error) {
        prospect.error.value = errorText(error);
      }
    },
  };
}
