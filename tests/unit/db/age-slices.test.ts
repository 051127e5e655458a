// Slices of creation time for a parallel export: in order, covering every prospect exactly once.
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { ageSlices } from '@/lib/db/age-slices';
import { ageChunks, EVERY_AGE, type AgeSlice } from '@/lib/db/age-cursor';
import { freshDb, makeProspect } from './fixtures';

let db: LinkscoutDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

async function seeded(times: number[]): Promise<LinkscoutDb> {
  db = freshDb();
  await db.prospects.bulkAdd(times.map((t, i) => makeProspect(`https://s${i}-example.com/`, { id: `p${String(i).padStart(3, '0')}`, createdAt: t, updatedAt: t })));
  return db;
}

async function idsIn(d: LinkscoutDb, slice: AgeSlice): Promise<string[]> {
  const ids: string[] = [];
  for await (const chunk of ageChunks(d.backendDB(), slice, 4, true)) ids.push(...chunk.map((p) => p.id));
  return ids;
}

describe('ageSlices', () => {
  it('gives one open slice for an empty store or a single moment', async () => {
    expect(await ageSlices(await seeded([]), 6)).toEqual([EVERY_AGE]);
    await db?.delete();
    expect(await ageSlices(await seeded([5, 5, 5, 5]), 6)).toEqual([EVERY_AGE]);
  });

  it.each([1, 2, 3, 6, 40])('cuts into %i slices or fewer, in order, open at both ends, each prospect in exactly one', async (count) => {
    // Uneven: a burst of equal dates, a gap, then a spread.
    const times = [100, 100, 100, 100, 100, 101, 103, 150, 151, 152, 160, 199, 200, 200, 210, 300, 301, 400];
    const d = await seeded(times);
    const slices = await ageSlices(d, count);
    expect(slices.length).toBeGreaterThanOrEqual(1);
    expect(slices.length).toBeLessThanOrEqual(count);
    expect(slices[0]?.from).toBeNull();
    expect(slices.at(-1)?.below).toBeNull();
    for (let i = 1; i < slices.length; i++) {
      expect(slices[i]?.from).toBe(slices[i - 1]?.below);
      expect(slices[i]!.from!).toBeGreaterThan(slices[i - 1]!.from ?? -Infinity);
    }
    const all = (await Promise.all(slices.map((s) => idsIn(d, s)))).flat();
    // In slice order the ids read are every prospect, oldest first, once each: the order of one whole read.
    expect(all).toEqual(await idsIn(d, EVERY_AGE));
    expect(all).toHaveLength(times.length);
  });

  it('makes no more slices than there are distinct milliseconds between the oldest and newest', async () => {
    const slices = await ageSlices(await seeded([10, 11, 12]), 8);
    expect(slices).toEqual([{ from: null, below: 11 }, { from: 11, below: null }]);
  });
});
