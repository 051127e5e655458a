import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { getProspect } from '@/lib/db/prospect-lookups';
import { applyPatch } from '@/lib/db/prospect-patch';
import { conflictsOf, mergeProspect } from '@/lib/export/import-merge';
import { followUpEnded } from '@/lib/outreach/follow-up-rule';
import { freshDb, makeProspect } from '../db/fixtures';
import { applyImport, planCsvImport } from './import-helpers';

const NOW = Date.UTC(2025, 5, 1);
const DUE = Date.UTC(2025, 6, 14);
const LATER = Date.UTC(2025, 8, 1);

let db: LinkscoutDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('a status taken from a file follows the follow-up rule, as in the dashboard', () => {
  it.each(['replied', 'won'] as const)('%s over a prospect with a follow-up removes the date, with the same history as the status menu', (status) => {
    const before = makeProspect('https://a.example/', { status: 'contacted', followUpAt: DUE });
    const after = mergeProspect(before, { status }, { status: 'theirs' }, NOW, 'leads.csv');
    expect(after.followUpAt).toBeNull();
    expect(after.history).toEqual([{ kind: 'status', at: NOW, from: 'contacted', to: status }, followUpEnded(before, status, NOW)]);
    expect(after).toEqual(applyPatch(before, { status }, NOW));
  });

  it('leaves the follow-up of another status, and of a status kept as mine', () => {
    const before = makeProspect('https://a.example/', { status: 'contacted', followUpAt: DUE });
    expect(mergeProspect(before, { status: 'followed-up' }, { status: 'theirs' }, NOW, 'f').followUpAt).toBe(DUE);
    expect(mergeProspect(before, { status: 'replied' }, {}, NOW, 'f')).toBe(before);
  });

  it('says in the status conflict that taking the file\'s Replied removes the follow-up', () => {
    const before = makeProspect('https://a.example/', { status: 'contacted', followUpAt: DUE });
    expect(conflictsOf(before, { status: 'replied', followUpAt: DUE })).toEqual([{ field: 'status', mine: 'contacted', theirs: 'replied', removesFollowUp: DUE }]);
    expect(conflictsOf(before, { status: 'lost' })).toEqual([{ field: 'status', mine: 'contacted', theirs: 'lost' }]);
  });

  it('where the follow-up date is a conflict of its own, the date chosen in the preview stays', () => {
    const before = makeProspect('https://a.example/', { status: 'contacted', followUpAt: DUE });
    const incoming = { status: 'won', followUpAt: LATER } as const;
    expect(conflictsOf(before, incoming).map((c) => c.field)).toEqual(['status', 'followUpAt']);
    expect(conflictsOf(before, incoming)[0]?.removesFollowUp).toBeUndefined();
    expect(mergeProspect(before, incoming, { status: 'theirs' }, NOW, 'f')).toMatchObject({ status: 'won', followUpAt: DUE });
    expect(mergeProspect(before, incoming, { status: 'theirs', followUpAt: 'theirs' }, NOW, 'f')).toMatchObject({ status: 'won', followUpAt: LATER });
  });

  it('a file does not bring back a follow-up on a Replied or Won prospect without asking', () => {
    const replied = makeProspect('https://a.example/', { status: 'replied', followUpAt: null });
    expect(conflictsOf(replied, { followUpAt: LATER })).toEqual([{ field: 'followUpAt', mine: null, theirs: LATER }]);
    expect(mergeProspect(replied, { followUpAt: LATER }, {}, NOW, 'f')).toBe(replied);
    expect(mergeProspect(replied, { followUpAt: LATER }, { followUpAt: 'theirs' }, NOW, 'f').followUpAt).toBe(LATER);
    const open = makeProspect('https://b.example/', { status: 'contacted', followUpAt: null });
    expect(mergeProspect(open, { followUpAt: LATER }, {}, NOW, 'f').followUpAt).toBe(LATER);
  });
});

describe('the import preview lists the follow-up the rule removes', () => {
  it('a status filled in from the file shows the removed follow-up among the changes, and importing the file again changes nothing', async () => {
    db = freshDb();
    await db.prospects.add(makeProspect('https://a.example/page', { id: 'a', status: 'new', followUpAt: DUE }));
    const csv = `url,status,follow_up_at\nhttps://a.example/page,replied,${new Date(DUE).toISOString()}\n`;
    const plan = await planCsvImport(db, csv, { now: NOW });
    const update = plan.toUpdate[0];
    expect(update?.conflicts).toEqual([]);
    expect(update?.diffs).toEqual([
      { field: 'status', from: 'new', to: 'replied' },
      { field: 'followUpAt', from: '2025-07-14T00:00:00.000Z', to: '—' },
    ]);
    await applyImport(db, plan, { now: NOW });
    const once = await getProspect(db, 'a');
    expect(once).toMatchObject({ status: 'replied', followUpAt: null });
    expect(once?.history.map((h) => h.kind)).toEqual(['status', 'note']);

    const again = await planCsvImport(db, csv, { now: NOW + 1 });
    expect(again.toUpdate.flatMap((u) => u.diffs)).toEqual([]);
    await applyImport(db, again, { now: NOW + 1 });
    expect(await getProspect(db, 'a')).toEqual(once);
  });
});
