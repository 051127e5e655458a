// The full CSV export written by several workers at once: the same file as the page's own
// export, in the same order, with progress; stopping or a failing worker ends every worker.
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { ageSlices } from '@/lib/db/age-slices';
import { prospectChunks } from '@/lib/db/transfer-read';
import { exportProspectsCsv } from '@/lib/export/prospect-csv';
import { exportCsvInWorkers } from '@/lib/workers/csv-workers';
import { openExisting, runCsvSlice, sharedConnection, type CsvSliceMessage } from '@/lib/workers/csv-slice';
import { FakeWorker } from './fake-worker';
import { freshDb, makeProspect } from '../db/fixtures';
import { seedProspects } from '../db/seed';

let db: LinkscoutDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

async function pageExport(d: LinkscoutDb): Promise<string> {
  return (await exportProspectsCsv(prospectChunks(d, undefined, 1000, false), await d.campaigns.toArray())).text();
}

async function seeded(n: number): Promise<LinkscoutDb> {
  db = freshDb();
  await seedProspects(db, n);
  // A run of prospects saved in the same millisecond (a bulk import), across slice bounds.
  const burst = Array.from({ length: 40 }, (_, i) => makeProspect(`https://burst${i}-example.com/`, { id: `burst-${String(i).padStart(2, '0')}`, createdAt: 1_700_000_000_000 + 300 * 60_000 }));
  await db.prospects.bulkAdd(burst);
  return db;
}

describe('exportCsvInWorkers', () => {
  it.each([
    [1, 1],
    [3, 6],
    [4, 40],
  ])('with %i workers over %i slices writes the same file as the page, with progress to the end', async (workers, count) => {
    const d = await seeded(700);
    const spawned: FakeWorker[] = [];
    const progress: number[] = [];
    const slices = await ageSlices(d, count);
    const campaigns = (await d.campaigns.toArray()).map((c): [string, string] => [c.id, c.name]);
    const blob = await exportCsvInWorkers(() => {
      const worker = new FakeWorker();
      spawned.push(worker);
      return worker;
    }, { dbName: d.name, slices, workers, campaigns, chunk: 64 }, { onProgress: (n) => progress.push(n) });
    expect(await blob.text()).toBe(await pageExport(d));
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(spawned).toHaveLength(Math.min(workers, slices.length));
    // Every slice was asked for once, and every worker was ended.
    expect(spawned.flatMap((w) => w.requests.map((r) => r.slice)).sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity))).toEqual(slices);
    expect(spawned.every((w) => w.terminated)).toBe(true);
    expect(progress.at(-1)).toBe(740);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('stops every worker and downloads nothing when stopped', async () => {
    const d = await seeded(400);
    const spawned: FakeWorker[] = [];
    const stop = new AbortController();
    const done = exportCsvInWorkers(() => {
      const worker = new FakeWorker();
      spawned.push(worker);
      return worker;
    }, { dbName: d.name, slices: await ageSlices(d, 6), workers: 3, campaigns: [], chunk: 16 }, { signal: stop.signal, onProgress: (n) => n >= 32 && stop.abort(new Error('Export stopped by the user')) });
    await expect(done).rejects.toThrow('Export stopped by the user');
    expect(spawned.length).toBe(3);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it('fails with the worker’s message and ends the others when one worker fails', async () => {
    const d = await seeded(300);
    const spawned: FakeWorker[] = [];
    const done = exportCsvInWorkers(() => {
      const worker = new FakeWorker((message, w) => (w === spawned[1] && message.type === 'part' ? { type: 'error', message: 'The disk is full' } : message));
      spawned.push(worker);
      return worker;
    }, { dbName: d.name, slices: await ageSlices(d, 4), workers: 2, campaigns: [], chunk: 16 });
    await expect(done).rejects.toThrow('The disk is full');
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it('reports a worker that cannot start', async () => {
    const d = await seeded(10);
    const worker = new FakeWorker();
    worker.postMessage = () => setTimeout(() => worker.onerror?.({ message: '' } as ErrorEvent), 0);
    await expect(exportCsvInWorkers(() => worker, { dbName: d.name, slices: await ageSlices(d, 2), workers: 2, campaigns: [], chunk: 16 })).rejects.toThrow('The export worker failed: it could not start');
  });
});

describe('a worker’s slice', () => {
  it('never creates a database that is not there, and says so', async () => {
    const name = `missing-${Math.random().toString(36).slice(2)}`;
    const messages: CsvSliceMessage[] = [];
    await runCsvSlice({ dbName: name, slice: { from: null, below: null }, campaigns: [], chunk: 10 }, (m) => messages.push(m), openExisting);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'error', message: expect.stringMatching(/^The database could not be opened/) });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('lets another page upgrade the database: its shared connection closes and opens again', async () => {
    const d = await seeded(5);
    const connect = sharedConnection();
    const first = await connect(d.name);
    d.close();
    const upgrade = indexedDB.open(d.name, first.version + 1);
    await new Promise<void>((resolve, reject) => {
      upgrade.onsuccess = () => {
        upgrade.result.close();
        resolve();
      };
      upgrade.onerror = () => reject(upgrade.error);
      upgrade.onblocked = () => reject(new Error('the upgrade was blocked by the worker’s connection'));
    });
    const second = await connect(d.name);
    expect(second).not.toBe(first);
    expect(second.version).toBe(first.version + 1);
    second.close();
  });
});
