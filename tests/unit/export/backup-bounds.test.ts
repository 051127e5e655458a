import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { exportBackup } from '@/lib/export/backup';
import { BackupError, parseBackup } from '@/lib/export/backup-restore';
import { isoDate, prospectToCsvRow } from '@/lib/export/prospect-columns';
import { campaignsByAge, prospectChunks } from '@/lib/db/transfer-read';
import { restoreBackup } from '@/lib/db/transfer-restore';
import { freshDb, makeProspect } from '../db/fixtures';

const dbs: LinkscoutDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

async function backupOf(prospects: unknown[]): Promise<string> {
  const db = freshDb();
  dbs.push(db);
  const text = await (await exportBackup(await campaignsByAge(db), prospectChunks(db), new Date(0))).text();
  const json = JSON.parse(text) as Record<string, unknown>;
  return JSON.stringify({ ...json, prospects });
}

describe('restoring a backup with impossible values', () => {
  it.each([
    ['followUpAt', { followUpAt: 1e300 }],
    ['createdAt', { createdAt: -1 }],
    ['updatedAt', { updatedAt: 8.7e15 }],
    ['history.0.at', { history: [{ kind: 'note', at: 1e300, field: 'notes', note: 'x' }] }],
  ])('refuses an impossible %s and changes nothing', async (field, patch) => {
    const text = await backupOf([{ ...makeProspect('https://a.example.com/', { id: 'a' }), ...patch }]);
    expect(() => parseBackup(text)).toThrow(BackupError);
    expect(() => parseBackup(text)).toThrow(new RegExp(field.replace('.', '\\.')));
  });

  it('computes the normalised URL and domain again instead of trusting the file', async () => {
    const forged = { ...makeProspect('https://www.shop.example.com/page', { id: 'a' }), normalizedUrl: 'https://other.example.org/', domain: 'other.example.org' };
    const text = await backupOf([forged]);
    const db = freshDb();
    dbs.push(db);
    await restoreBackup(db, parseBackup(text));
    const stored = await db.prospects.get('a');
    expect(stored?.domain).toBe('example.com');
    expect(stored?.normalizedUrl).not.toBe('https://other.example.org/');
    // Saving the same page again finds the restored record instead of making a duplicate.
    expect(await db.prospects.where('normalizedUrl').equals(makeProspect('https://www.shop.example.com/page').normalizedUrl).count()).toBe(1);
  });

  it('never lets one bad date break a CSV export', async () => {
    expect(isoDate(1e300)).toBe('');
    expect(isoDate(Number.NaN)).toBe('');
    expect(isoDate(0)).toBe('1970-01-01T00:00:00.000Z');
    // A record stored before dates were bounded (an old restore) still exports: its date cell is empty.
    const old = { ...makeProspect('https://a.example.com/', { id: 'a' }), followUpAt: 1e300 };
    expect(prospectToCsvRow(old, () => '').follow_up_at).toBe('');
  });
});
