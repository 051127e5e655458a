import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { classifyStorageError, StorageError, toStorageError } from '@/lib/db/errors';
import { saveProspectFromScan } from '@/lib/db/prospects';
import { restoreProspects } from '@/lib/db/prospects';
import { freshDb, makeProspect, makeScan } from './fixtures';

let db: LinkscoutDb;
afterEach(async () => {
  await db?.delete();
});

describe('classifyStorageError', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    [new Dexie.ConstraintError('dup'), 'constraint'],
    [{ name: 'BulkError', failures: [{ name: 'ConstraintError' }] }, 'constraint'],
    [new Dexie.VersionError('old'), 'blocked'],
    [new Dexie.DatabaseClosedError('closed'), 'blocked'],
    [new Error('something else'), 'unknown'],
    ['a string', 'unknown'],
  ])('%o → %s', (error, kind) => {
    expect(classifyStorageError(error)).toBe(kind);
  });

  it('keeps the cause and names the action in the message', () => {
    const cause = new DOMException('full', 'QuotaExceededError');
    const error = toStorageError(cause, 'Saving the prospect failed');
    expect(error.kind).toBe('quota');
    expect(error.cause).toBe(cause);
    expect(error.message).toMatch(/^Saving the prospect failed: .*storage is full/);
  });
});

describe('failed writes surface as StorageError', () => {
  it('a quota failure inside IndexedDB reaches the caller typed, and nothing is written', async () => {
    db = freshDb();
    db.use({
      stack: 'dbcore',
      name: 'simulate-full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return { ...table, mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
        },
      }),
    });
    const failure = await saveProspectFromScan(db, makeScan('https://example.com/')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).kind).toBe('quota');
    expect(await db.prospects.count()).toBe(0);
  });

  it('restoring a record whose URL was saved again meanwhile is a constraint error, not a silent skip', async () => {
    db = freshDb();
    const original = makeProspect('https://example.com/page');
    await db.prospects.add(makeProspect('https://www.example.com/page/'));
    await expect(restoreProspects(db, [original])).rejects.toMatchObject({ name: 'StorageError', kind: 'constraint' });
  });
});
