// public/open-early.js, which the dashboard runs before its own code, and the worker it starts
// (public/open-early-worker.js): the worker opens the existing database and reads the list's
// opening page; it never creates, upgrades or holds the database against an upgrade.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLinkscoutDb, DB_NAME } from '@/lib/db/database';
import { makeProspect } from './db/fixtures';

const pageSource = readFileSync(join(process.cwd(), 'public/open-early.js'), 'utf8');
const workerSource = readFileSync(join(process.cwd(), 'public/open-early-worker.js'), 'utf8');
const names = async () => (await indexedDB.databases()).map((d) => d.name);

interface EarlyRead {
  version: number;
  count: number;
  rows: { id: string; updatedAt: number }[];
}

/** Runs the worker's script here, with its postMessage and close; resolves with what it posted. */
function runWorker(): { posted: Promise<EarlyRead | null>; closed: () => boolean } {
  let closed = false;
  const posted = new Promise<EarlyRead | null>((resolve) => {
    new Function('postMessage', 'close', workerSource)(resolve, () => (closed = true));
  });
  return { posted, closed: () => closed };
}

afterEach(async () => {
  vi.unstubAllGlobals();
  delete (globalThis as { linkscoutFirstPage?: unknown }).linkscoutFirstPage;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
});

describe('open-early-worker.js', () => {
  it('does not create the database on a new install, and says it read nothing', async () => {
    const { posted, closed } = runWorker();
    expect(await posted).toBeNull();
    expect(closed()).toBe(true);
    expect(await names()).not.toContain(DB_NAME);
    // The page's own code then creates it at its version.
    const db = createLinkscoutDb(DB_NAME);
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    db.close();
  });

  it('reads the list\'s opening page newest first, with one row more, at the database\'s version', async () => {
    const db = createLinkscoutDb(DB_NAME);
    await db.prospects.bulkAdd(Array.from({ length: 60 }, (_, i) => makeProspect(`https://p.test/${i}`, { id: `p${i}`, updatedAt: 1_000 + ((i * 7) % 60) })));
    const version = db.backendDB().version;
    db.close();
    const { posted, closed } = runWorker();
    const read = await posted;
    expect(read?.version).toBe(version);
    expect(read?.count).toBe(51);
    const updated = read?.rows.map((r) => r.updatedAt) ?? [];
    expect(updated).toHaveLength(51);
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    expect(updated[0]).toBe(1_059);
    expect(closed()).toBe(true);
  });

  it('lets go of the database once it has answered: an upgrade right after is not blocked', async () => {
    const db = createLinkscoutDb(DB_NAME);
    await db.open();
    const version = db.backendDB().version;
    db.close();
    await runWorker().posted;
    const upgrade = indexedDB.open(DB_NAME, version + 1);
    await new Promise<void>((resolve, reject) => {
      upgrade.onblocked = () => reject(new Error('the early connection blocked the upgrade'));
      upgrade.onsuccess = () => {
        upgrade.result.close();
        resolve();
      };
      upgrade.onerror = () => reject(upgrade.error);
    });
  });
});

describe('open-early.js', () => {
  /** A stand-in for the worker: the test answers in its place. */
  function fakeWorkers() {
    const started: { url: string; terminated: boolean; onmessage?: (e: { data: unknown }) => void }[] = [];
    vi.stubGlobal('Worker', class {
      url: string;
      terminated = false;
      onmessage?: (e: { data: unknown }) => void;
      constructor(url: string) {
        this.url = url;
        started.push(this);
      }
      terminate() {
        this.terminated = true;
      }
    });
    return started;
  }

  it('starts the worker, and leaves and announces what it read', async () => {
    const started = fakeWorkers();
    new Function(pageSource)();
    expect(started.map((w) => w.url)).toEqual(['/open-early-worker.js']);
    const announced = new Promise((resolve) => addEventListener('linkscout-first-page', resolve, { once: true }));
    const read = { version: 90, count: 51, rows: [] };
    started[0]?.onmessage?.({ data: read });
    await announced;
    expect((globalThis as { linkscoutFirstPage?: unknown }).linkscoutFirstPage).toEqual(read);
    expect(started[0]?.terminated).toBe(true);
  });

  it('announces nothing when the worker read nothing, or when there are no workers', () => {
    const started = fakeWorkers();
    new Function(pageSource)();
    started[0]?.onmessage?.({ data: null });
    expect((globalThis as { linkscoutFirstPage?: unknown }).linkscoutFirstPage).toBeUndefined();
    vi.stubGlobal('Worker', undefined);
    expect(() => new Function(pageSource)()).not.toThrow();
  });
});
