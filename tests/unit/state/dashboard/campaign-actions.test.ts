import { describe, expect, it } from 'vitest';
import { campaignCounts } from '@/lib/db/campaigns';
import { createDashboardState } from '@/lib/state/dashboard/state';
import { createDashboardCampaigns } from '@/lib/state/dashboard/campaign-actions';
import { freshDb, makeProspect } from '../../db/fixtures';

describe('campaigns view actions', () => {
  it('counts prospects per campaign, renames, and deletes leaving the prospects in no campaign', async () => {
    const db = freshDb();
    const state = createDashboardState();
    await db.campaigns.bulkAdd([{ id: 'a', name: 'Alpha', createdAt: 1 }, { id: 'b', name: 'Beta', createdAt: 2 }]);
    await db.prospects.bulkAdd([
      makeProspect('https://1.test/', { id: 'p1', campaignId: 'a' }),
      makeProspect('https://2.test/', { id: 'p2', campaignId: 'a' }),
      makeProspect('https://3.test/', { id: 'p3', campaignId: 'b' }),
    ]);
    expect(await campaignCounts(db)).toEqual(new Map([['a', 2], ['b', 1]]));
    state.campaigns.value = await db.campaigns.toArray();
    const campaigns = createDashboardCampaigns(state, db);
    campaigns.counts.value = await campaignCounts(db);
    expect(await campaigns.rename('b', '  Gamma   two ')).toBe(true);
    expect(campaigns.message.value).toBe('"Beta" renamed to "Gamma two".');
    expect(await campaigns.rename('a', 'Gamma two')).toBe(false);
    expect(state.error.value).toMatch(/already exists/);
    state.filters.value = { ...state.filters.value, campaign: 'a' };
    expect(await campaigns.remove('a')).toBe(true);
    expect(campaigns.message.value).toBe('Campaign "Alpha" deleted; 2 prospects kept, now in no campaign.');
    expect(state.filters.value.campaign).toBe('');
    expect((await db.prospects.get('p1'))?.campaignId).toBeNull();
    expect(await db.prospects.count()).toBe(3);
    await db.delete();
  });
});
