import type { LinkscoutDb } from '@/lib/db/database';
import type { ProspectStatus } from '@/lib/schemas/prospect';
import { createCampaign } from '@/lib/db/campaigns';
import { deleteProspects, restoreProspects, updateProspect, updateProspects } from '@/lib/db/prospects';
import type { ProspectPatch } from '@/lib/db/prospect-patch';
import { addTagToProspects } from '@/lib/db/prospect-tags';
import { errorText } from '@/lib/text/error-text';
import { counted } from '@/lib/text/plural';
import { withoutIds } from './selection';
import type { DashboardState } from './state';

/**
 * Every write the dashboard makes to prospects. A failure leaves its message (a StorageError's,
 * written for the user) in `state.error`; nothing is swallowed. Part of createDashboardActions.
 */
export function writeActions(state: DashboardState, db: LinkscoutDb) {
  async function write<T>(run: () => Promise<T>): Promise<T | undefined> {
    state.error.value = '';
    try {
      return await run();
    } catch (error) {
      state.error.value = errorText(error);
      return undefined;
    }
  }

  return {
    edit: (id: string, patch: ProspectPatch) => write(() => updateProspect(db, id, patch)),
    setStatus: async (ids: readonly string[], status: ProspectStatus) => {
      const done = await write(() => updateProspects(db, ids, { status }));
      if (done) state.toast.value = { message: `Status set on ${counted(done.length, 'prospect')}.` };
    },
    setCampaign: async (ids: readonly string[], campaignId: string | null) => {
      const done = await write(() => updateProspects(db, ids, { campaignId }));
      if (done) state.toast.value = { message: `Campaign set on ${counted(done.length, 'prospect')}.` };
    },
    /** Creates a campaign and puts the prospects in it. */
    newCampaign: async (ids: readonly string[], name: string) => {
      const campaign = await write(() => createCampaign(db, name));
      if (!campaign) return;
      const done = await write(() => updateProspects(db, ids, { campaignId: campaign.id }));
      if (done) state.toast.value = { message: `Campaign "${campaign.name}" created with ${counted(done.length, 'prospect')}.` };
    },
    /** Flags prospects toxic (their domains go into disavow.txt) or clears the flag. */
    setToxic: async (ids: readonly string[], toxic: boolean) => {
      const done = await write(() => updateProspects(db, ids, { toxic }));
      if (done) state.toast.value = { message: `${counted(done.length, 'prospect')} marked ${toxic ? 'toxic' : 'not toxic'}.` };
    },
    addTag: async (ids: readonly string[], tag: string) => {
      if (!tag.trim()) return;
      const changed = await write(() => addTagToProspects(db, ids, tag));
      if (changed !== undefined) state.toast.value = { message: `Tag "${tag.trim()}" added to ${counted(changed, 'prospect')}.` };
    },
    /** Deletes, and offers the deleted records back through an Undo toast. */
    remove: async (ids: readonly string[]) => {
      const removed = await write(() => deleteProspects(db, ids));
      if (!removed) return;
      state.selection.value = withoutIds(state.selection.value, removed.map((p) => p.id));
      if (removed.some((p) => p.id === state.detailId.value)) state.detailId.value = null;
      state.toast.value = { message: `Deleted ${counted(removed.length, 'prospect')}.`, undo: removed };
    },
    undo: async () => {
      const records = state.toast.value?.undo;
      if (!records) return;
      const restored = await write(async () => {
        await restoreProspects(db, records);
        return true;
      });
      // On failure the toast stays, so Undo can be tried again once the cause is fixed.
      if (restored) state.toast.value = { message: `Restored ${counted(records.length, 'prospect')}.` };
    },
  };
}
