// public/open-early.js, which the dashboard runs before its own code: it opens the existing
// database early and never creates, upgrades or holds it against an upgrade.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLinkscoutDb, DB_NAME } from '@/lib/db/database';
import { makeProspect } from './db/fixtures';

const source = readFileSync(join(process.cwd(), 'public/open-early.js'), 'utf8');
const run = () => new Function(source)();
const names = async () => (await indexedDB.databases()).map((d) => d.name);

afterEach(async () => {
  vi.useRealTimers();
  delete (globalThis as { linkscoutFirstPage?: unknown }).linkscoutFirstPage;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
});

describe('open-early.js', () => {
  it('does not create the database on a new install', async () => {
    run();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await names()).not.toContain(DB_NAME);
    // The page's own code then creates it at its version.
    const db = createLinkscoutDb(DB_NAME);
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    db.close();
  });

  it('gives way to an upgrade of a database it holds open', async () => {
    const db = createLinkscoutDb(DB_NAME);
    await db.open();
    const version = db.backendDB().version;
    db.close();
    run();
    await new Promise((resolve) => setTimeout(resolve, 50));
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

  it('reads the list\'s first page newest first, with one row more, and announces it', async () => {
    const db = createLinkscoutDb(DB_NAME);
    await db.prospects.bulkAdd(Array.from({ length: 60 }, (_, i) => makeProspect(`https://p.test/${i}`, { id: `p${i}`, updatedAt: 1_000 + ((i * 7) % 60) })));
    const version = db.backendDB().version;
    db.close();
    const announced = new Promise((resolve) => addEventListener('linkscout-first-page', resolve, { once: true }));
    run();
    await announced;
    const read = (globalThis as { linkscoutFirstPage?: { version: number; count: number; rows: { id: string; updatedAt: number }[] } }).linkscoutFirstPage;
    expect(read?.version).toBe(version);
    expect(read?.count).toBe(51);
    const updated = read?.rows.map((r) => r.updatedAt) ?? [];
    expect(updated).toHaveLength(51);
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    expect(updated[0]).toBe(1_059);
  });

  it('leaves no page on a new install', async () => {
    run();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((globalThis as { linkscoutFirstPage?: unknown }).linkscoutFirstPage).toBeUndefined();
  });
});
