import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { toStorageError } from '@/lib/db/errors';
import { rawDatabaseDump } from '@/lib/db/raw-export';

const name = `raw-${Math.random().toString(36).slice(2)}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('when the database cannot be opened', () => {
  it('says an upgrade failed (not "close other tabs"), and the raw export still saves every record', async () => {
    const v1 = new Dexie(name);
    v1.version(1).stores({ prospects: 'id' });
    await v1.table('prospects').bulkAdd([{ id: 'a', title: 'Kept' }, { id: 'b', contacts: null }]);
    v1.close();

    const broken = new Dexie(name);
    broken.version(1).stores({ prospects: 'id' });
    broken.version(2).stores({ prospects: 'id, title' }).upgrade(() => {
      throw new TypeError("Cannot read properties of null (reading 'some')");
    });
    // What a save meets after the failed open: Dexie closes the database with the upgrade's error inside.
    const failure = await broken.table('prospects').put({ id: 'c' }).then(() => null, (error: unknown) => error);
    broken.close();
    const shown = toStorageError(failure, 'Saving the prospect failed');
    expect(shown.kind).toBe('upgrade');
    expect(shown.message).toMatch(/could not be upgraded.*Nothing was deleted.*Export raw data/);
    expect(shown.message).not.toMatch(/Close other Linkscout tabs/);

    const dump = JSON.parse(await rawDatabaseDump(new Date(0), name)) as { version: number; stores: Record<string, unknown[]> };
    expect(dump.version).toBe(10); // Dexie stores version n as n × 10: still version 1
    expect(dump.stores.prospects).toEqual([{ id: 'a', title: 'Kept' }, { id: 'b', contacts: null }]);
  });
});
