import type { LinkscoutDb } from '@/lib/db/database';
import { saveProspectFromScan, updateProspect } from '@/lib/db/prospects';
import type { ProspectPatch } from '@/lib/db/prospect-patch';
import type { PageScan } from '@/lib/schemas/page-scan';
import { errorText } from '@/lib/text/error-text';
import { brokenLinksOf } from './check-filter';
import type { PopupState } from './state';

/** Saving the page as a prospect and editing it in place: part of createPopupActions. */
export function prospectActions(state: PopupState, db: LinkscoutDb, ready: () => { scan: PageScan } | null) {
  const { prospect, check } = state;
  return {
    saveProspect: async () => {
      const view = ready();
      if (!view) return;
      prospect.busy.value = true;
      prospect.error.value = '';
      try {
        const brokenLinks = brokenLinksOf(view.scan.links, check.verdicts.value);
        const saved = await saveProspectFromScan(db, view.scan, brokenLinks.length > 0 ? { brokenLinks } : {});
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
        prospect.saved.value = await updateProspect(db, current.id, patch);
      } catch (error) {
        prospect.error.value = errorText(error);
      }
    },
  };
}
