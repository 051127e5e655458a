import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { allBacklinks, applyBacklinkRead, clearBacklinks, importBacklinks, reverifyBacklinks } from '@/lib/db/backlinks';
import { readsFor } from '@/lib/db/read-jobs';
import { readFromTab } from '@/lib/monitor/from-tab';
import { scanHtml } from '@/lib/reader/scan-html';
import type { ImportedBacklink } from '@/lib/schemas/backlink';
import { freshDb } from './fixtures';

let db: LinkscoutDb;
afterEach(async () => {
  await db.delete();
});

const link = (sourceUrl: string, targetUrl = 'https://mine.example/', over: Partial<ImportedBacklink> = {}): ImportedBacklink => ({
  sourceUrl, targetUrl, anchorText: 'old', rel: [], image: false, extra: { DR: '10' }, ...over,
});

describe('backlinks in the database', () => {
  it('imports one row per page and target, queues one read per new page, keeps verification on re-import', async () => {
    db = freshDb();
    const first = await importBacklinks(db, [link('https://a.example/1'), link('https://a.example/1', 'https://mine.example/x'), link('https://b.example/2')], 'ahrefs', 10);
    expect(first).toEqual({ added: 3, updated: 0, queued: 2 });
    expect((await readsFor(db, 'backlink', 'https://a.example/1'))).toHaveLength(1);

    const html = '<title>A</title><main><a href="https://mine.example/" rel="nofollow">Mine</a></main>';
    const read = readFromTab(scanHtml(html, 'https://a.example/1', { ownDomains: ['mine.example'] }).scan, 20);
    expect(await applyBacklinkRead(db, 'https://a.example/1', read, 20)).toBe(2);
    const rows = await allBacklinks(db);
    const root = rows.find((r) => r.sourceUrl === 'https://a.example/1' && r.targetUrl === 'https://mine.example/');
    expect(root?.verification).toMatchObject({ state: 'present', rel: ['nofollow'], anchorText: 'Mine' });
    expect(rows.find((r) => r.targetUrl === 'https://mine.example/x')?.verification?.state).toBe('missing');
    expect(rows.find((r) => r.sourceUrl === 'https://b.example/2')?.verification).toBeNull();

    const again = await importBacklinks(db, [link('https://a.example/1', 'https://mine.example/', { anchorText: 'new' })], 'semrush', 30);
    expect(again).toEqual({ added: 0, updated: 1, queued: 0 });
    const kept = (await allBacklinks(db)).find((r) => r.sourceUrl === 'https://a.example/1' && r.targetUrl === 'https://mine.example/');
    expect(kept).toMatchObject({ anchorText: 'new', source: 'semrush', importedAt: 10, verification: { state: 'present' } });

    expect(await reverifyBacklinks(db, 40)).toBe(2);
    await clearBacklinks(db);
    expect(await allBacklinks(db)).toEqual([]);
    expect((await db.readJobs.toArray()).filter((j) => j.state === 'queued')).toEqual([]);
  });
});
