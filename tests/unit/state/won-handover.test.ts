import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { handOverToMonitoring } from '@/lib/state/won-handover';
import { freshDb, makeProspect } from '../db/fixtures';

let db: LinkscoutDb;
afterEach(async () => {
  await db.delete();
});

describe('won prospects are handed over to monitoring', () => {
  it('a won prospect gets a monitored link; another status does not', async () => {
    db = freshDb();
    const won = makeProspect('https://blog.example/post', { status: 'won', linksToMySite: [{ url: 'https://mine.example/', anchorText: 'Mine', rel: [] }] });
    const other = makeProspect('https://other.example/', { status: 'replied' });
    await db.prospects.bulkAdd([won, other]);
    await handOverToMonitoring(db, other);
    expect(await db.monitoredLinks.count()).toBe(0);
    await handOverToMonitoring(db, won);
    expect((await db.monitoredLinks.toArray()).map((l) => [l.prospectId, l.expected.targetUrl])).toEqual([[won.id, 'https://mine.example/']]);
  });
});
