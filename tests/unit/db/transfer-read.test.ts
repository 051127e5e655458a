// Every prospect, oldest first, exactly once: read in batches, with runs of equal timestamps
// across batch ends (a bulk import saves many prospects in the same millisecond).
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { prospectChunks } from '@/lib/db/transfer-read';
import { freshDb, makeProspect } from './fixtures';

let db: LinkscoutDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

async function readAll(size: number): Promise<string[]> {
  const ids: string[] = [];
  for await (const chunk of prospectChunks(db!, undefined, size)) {
    expect(chunk.length).toBeGreaterThan(0);
    expect(chunk.length).toBeLessThanOrEqual(size); // chunks stay small, even inside a run of equal timestamps
    ids.push(...chunk.map((p) => p.id));
  }
  return ids;
}

describe('prospectChunks, every prospect', () => {
  it.each([1, 2, 3, 4, 7, 50])('reads each once in (createdAt, id) order, batches of %i', async (size) => {
    db = freshDb();
    // Timestamps: one row, a run of 5 equal, two rows, a run of 9 equal, one row.
    const times = [1, 2, 2, 2, 2, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6];
    const records = times.map((t, i) => makeProspect(`https://site${i}-example.com/`, { id: `p${String(i).padStart(2, '0')}`, createdAt: t, updatedAt: t }));
    await db.prospects.bulkAdd([...records].reverse());
    const expected = [...records].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)).map((p) => p.id);
    expect(await readAll(size)).toEqual(expected);
  });

  it('reads nothing from an empty store, and stops cleanly when the reader stops early', async () => {
    db = freshDb();
    expect(await readAll(3)).toEqual([]);
    await db.prospects.bulkAdd(Array.from({ length: 10 }, (_, i) => makeProspect(`https://s${i}-example.com/`, { id: `q${i}`, createdAt: i })));
    for await (const chunk of prospectChunks(db, undefined, 3)) {
      expect(chunk.map((p) => p.id)).toEqual(['q0', 'q1', 'q2'].slice(0, chunk.length));
      break;
    }
    expect(await readAll(4)).toHaveLength(10);
  });
});
