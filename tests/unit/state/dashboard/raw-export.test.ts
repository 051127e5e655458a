import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLinkscoutDb } from '@/lib/db/database';
import { exportRawData } from '@/lib/state/dashboard/raw-export';
import { makeProspect } from '../../db/fixtures';

afterEach(async () => {
  vi.restoreAllMocks();
  await createLinkscoutDb().delete();
});

describe('exportRawData', () => {
  it('downloads every stored record as JSON and says so', async () => {
    const db = createLinkscoutDb();
    await db.prospects.add(makeProspect('https://a.example.com/', { id: 'a' }));
    db.close();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:raw';
    });
    expect(await exportRawData(new Date(0))).toBe('The raw data was saved as a JSON file.');
    const dump = JSON.parse(await (blobs[0] as Blob).text()) as { stores: { prospects: { id: string }[] } };
    expect(dump.stores.prospects.map((p) => p.id)).toEqual(['a']);
  });
});
