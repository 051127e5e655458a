import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';
import { exportBackup } from '@/lib/export/backup';
import { BackupError, parseBackup } from '@/lib/export/backup-restore';
import { campaignsByAge, prospectChunks } from '@/lib/db/transfer-read';
import { restoreBackup } from '@/lib/db/transfer-restore';
import { freshDb, makeProspect } from '../db/fixtures';

const dbs: LinkscoutDb[] = [];
function newDb(): LinkscoutDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const spring = { id: 'c1', name: 'Spring', createdAt: 1 };
const records = [
  makeProspect('https://a.example/', { id: 'a', campaignId: 'c1', toxic: true, spamScore: 80, history: [{ kind: 'status', at: 5, from: 'new', to: 'won' }], status: 'won', updatedAt: 100 }),
  makeProspect('https://b.example/', { id: 'b', notes: 'b', updatedAt: 100 }),
  makeProspect('https://c.example/', { id: 'c', updatedAt: 100 }),
];

async function backupText(db: LinkscoutDb): Promise<string> {
  return (await exportBackup(await campaignsByAge(db), prospectChunks(db), new Date(Date.UTC(2025, 0, 1)))).text();
}

describe('JSON backup', () => {
  it('restores into an empty database exactly, check cache excluded', async () => {
    const source = newDb();
    await source.campaigns.add(spring);
    await source.prospects.bulkAdd(records);
    await source.verdicts.add({ url: 'https://x.example/', class: 'ok', httpStatus: 200, finalUrl: null, hops: [], requests: [], reason: '', checkedAt: 1, durationMs: 1 });
    const text = await backupText(source);
    expect(JSON.parse(text)).toMatchObject({ format: 'linkscout-backup', version: 1, exportedAt: '2025-01-01T00:00:00.000Z' });
    expect(text).not.toContain('verdicts');

    const target = newDb();
    const report = await restoreBackup(target, parseBackup(text));
    expect(report).toEqual({ prospects: { added: 3, updated: 0, skipped: 0 }, campaigns: { added: 1, updated: 0, skipped: 0 }, templates: { added: 0, updated: 0, skipped: 0 }, doNotContact: { added: 0, updated: 0, skipped: 0 }, sendLog: { added: 0, updated: 0, skipped: 0 } });
    expect((await target.prospects.orderBy('id').toArray()).map(toProspect)).toEqual(records);
    expect(await target.campaigns.toArray()).toEqual([spring]);
    expect(await target.prospects.where('hasEmail').equals(0).count()).toBe(3);
  });

  it('merges into a populated database: newer updatedAt wins, matched by id or normalised URL, campaigns by name', async () => {
    const source = newDb();
    await source.campaigns.add(spring);
    await source.prospects.bulkAdd(records);
    const text = await backupText(source);

    const target = newDb();
    await target.campaigns.add({ id: 'other-id', name: 'Spring', createdAt: 9 });
    await target.prospects.bulkAdd([
      makeProspect('https://a.example/', { id: 'a', notes: 'older here', updatedAt: 50 }), // same id, older → replaced
      makeProspect('https://www.b.example', { id: 'b2', notes: 'newer here', updatedAt: 500 }), // same URL, newer → kept
      makeProspect('https://d.example/', { id: 'd' }), // not in the backup → untouched
    ]);
    const report = await restoreBackup(target, parseBackup(text));
    expect(report).toMatchObject({ prospects: { added: 1, updated: 1, skipped: 1 }, campaigns: { added: 0, updated: 0, skipped: 1 } });
    expect(await target.prospects.get('a')).toMatchObject({ status: 'won', toxic: true, campaignId: 'other-id' });
    expect(await target.prospects.get('b2')).toMatchObject({ notes: 'newer here' });
    expect(await target.prospects.get('b')).toBeUndefined();
    expect(await target.prospects.count()).toBe(4);
    expect(await target.campaigns.count()).toBe(1);
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['another format', JSON.stringify({ format: 'other', version: 1 }), /not a Linkscout backup/],
    ['a future version', JSON.stringify({ format: 'linkscout-backup', version: 99, exportedAt: '', campaigns: [], prospects: [] }), /version/],
  ])('rejects %s with a clear message', (_name, text, message) => {
    expect(() => parseBackup(text)).toThrow(BackupError);
    expect(() => parseBackup(text)).toThrow(message);
  });

  it('names the first bad record and field, and writes nothing', async () => {
    const bad = { ...records[1], status: 'sleeping' };
    const worse = { ...records[2], url: 'nope' };
    const text = JSON.stringify({ format: 'linkscout-backup', version: 1, exportedAt: '', campaigns: [], prospects: [records[0], bad, worse] });
    expect(() => parseBackup(text)).toThrow(/prospect #2 \(id b\) is invalid — status: .*Nothing was changed/);
  });
});
