import { afterEach, describe, expect, it } from 'vitest';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import type { LinkscoutDb } from '@/lib/db/database';
import { createCampaign, deleteCampaign, listCampaigns, renameCampaign } from '@/lib/db/campaigns';
import { clearAllData } from '@/lib/db/clear';
import { freshVerdicts, pruneVerdicts, storeVerdicts } from '@/lib/db/verdict-cache';
import { freshDb, makeProspect } from './fixtures';

let db: LinkscoutDb;
afterEach(async () => {
  await db?.delete();
});

const verdict = (url: string, checkedAt: number): LinkVerdict => ({
  url, class: 'ok', httpStatus: 200, finalUrl: null, hops: [], requests: [], reason: '200 OK on HEAD', checkedAt, durationMs: 5,
});

describe('verdict cache', () => {
  it('returns only verdicts younger than the TTL, and prunes the rest', async () => {
    db = freshDb();
    await storeVerdicts(db, [verdict('https://a.example/', 1000), verdict('https://b.example/', 9000)]);
    const fresh = await freshVerdicts(db, ['https://a.example/', 'https://b.example/', 'https://c.example/'], 10_000, 5000);
    expect([...fresh.keys()]).toEqual(['https://b.example/']);
    expect(await pruneVerdicts(db, 10_000, 5000)).toBe(1);
    expect(await db.verdicts.count()).toBe(1);
  });
});

describe('campaigns', () => {
  it('creates with unique, tidied names; rename checks clashes; delete unassigns prospects', async () => {
    db = freshDb();
    const spring = await createCampaign(db, '  Spring   push ');
    expect(spring.name).toBe('Spring push');
    await expect(createCampaign(db, 'Spring push')).rejects.toMatchObject({ kind: 'constraint', message: expect.stringMatching(/already exists/) });
    await expect(createCampaign(db, '   ')).rejects.toThrow(/needs a name/);
    const autumn = await createCampaign(db, 'Autumn');
    await expect(renameCampaign(db, autumn.id, 'Spring push')).rejects.toMatchObject({ kind: 'constraint' });
    await renameCampaign(db, autumn.id, 'Autumn 2025');
    expect((await listCampaigns(db)).map((c) => c.name)).toEqual(['Autumn 2025', 'Spring push']);

    const p = makeProspect('https://a.example/', { campaignId: spring.id });
    await db.prospects.add(p);
    await deleteCampaign(db, spring.id);
    expect((await db.prospects.get(p.id))?.campaignId).toBeNull();
    expect(await db.campaigns.count()).toBe(1);
  });
});

describe('clearAllData', () => {
  it('empties every table', async () => {
    db = freshDb();
    await db.prospects.add(makeProspect('https://a.example/'));
    await db.campaigns.add({ id: 'c', name: 'C', createdAt: 1 });
    await db.verdicts.add(verdict('https://a.example/', 1));
    await db.checkJobs.add({ id: 'j', pageUrl: 'https://a.example/', createdAt: 1, state: 'queued', total: 1, done: 0 });
    await db.checkItems.add({ id: 'i', jobId: 'j', url: 'https://a.example/', state: 'queued', attempts: 0 });
    await db.readJobs.add({ id: 'r', url: 'https://a.example/', purpose: 'monitor', ref: 'm', state: 'queued', createdAt: 1, dueAt: 1, attempts: 0 });
    await clearAllData(db);
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    expect(counts).toEqual(db.tables.map(() => 0));
    expect(db.tables).toHaveLength(14);
  });
});
