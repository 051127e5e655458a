import { signal } from '@preact/signals';
import type { LinkscoutDb } from '@/lib/db/database';
import { campaignCounts, createCampaign, deleteCampaign, renameCampaign } from '@/lib/db/campaigns';
import { bindLive } from '../live';
import { errorText } from '@/lib/text/error-text';
import { counted } from '@/lib/text/plural';
import type { DashboardState } from './state';

/** Campaigns view: create, rename, delete (its prospects stay, in no campaign), with prospect counts. */
export function createDashboardCampaigns(state: DashboardState, db: LinkscoutDb) {
  const counts = signal<Map<string, number> | null>(null);
  const message = signal('');
  async function write(run: () => Promise<string>): Promise<boolean> {
    state.error.value = '';
    try {
      message.value = await run();
      return true;
    } catch (error) {
      state.error.value = errorText(error);
      return false;
    }
  }
  const nameOf = (id: string) => state.campaigns.value.find((c) => c.id === id)?.name ?? 'the campaign';
  return {
    counts,
    message,
    /** Keeps the counts live while the view is open; returns the stop. */
    watch: () => bindLive(counts, () => campaignCounts(db), (m) => (state.error.value = `Counting campaign prospects failed: ${m}`)),
    create: (name: string) => write(async () => `Campaign "${(await createCampaign(db, name)).name}" created.`),
    rename: (id: string, name: string) =>
      write(async () => {
        const before = nameOf(id);
        await renameCampaign(db, id, name);
        return `"${before}" renamed to "${name.trim().replace(/\s+/g, ' ')}".`;
      }),
    remove: (id: string) =>
      write(async () => {
        const name = nameOf(id);
        const n = counts.value?.get(id) ?? 0;
        await deleteCampaign(db, id);
        if (state.filters.value.campaign === id) state.filters.value = { ...state.filters.value, campaign: '' };
        return `Campaign "${name}" deleted; ${counted(n, 'prospect')} kept, now in no campaign.`;
      }),
  };
}

export type DashboardCampaigns = ReturnType<typeof createDashboardCampaigns>;
