import { beforeEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { createDashboardState, type DashboardState } from '@/lib/state/dashboard/state';
import { createDashboardImport } from '@/lib/state/dashboard/import-actions';
import { importLookups } from '@/lib/db/transfer-import';
import { freshDb, makeProspect } from '../../db/fixtures';

let db: LinkscoutDb;
let state: DashboardState;
const utf8 = (text: string) => new TextEncoder().encode(text);

beforeEach(async () => {
  db = freshDb();
  state = createDashboardState();
  await db.prospects.bulkAdd([
    makeProspect('https://b.test/2', { id: 'b', status: 'contacted', title: 'Mine' }),
  ]);
});

describe('dashboard CSV import', () => {
  it('previews, lets the user take the file\'s value for a conflict, then applies', async () => {
    const importer = createDashboardImport(state, db);
    await importer.preview(utf8('url,status,title\nhttps://new.test/,qualified,\nhttps://bad.test/,someday,x\nftp://x.test/,,\nhttps://b.test/2,won,Theirs\n'), 'leads.csv');
    const plan = state.importPlan.value;
    expect(plan?.toAdd.map((a) => a.prospect.url)).toEqual(['https://new.test/', 'https://bad.test/']);
    expect(plan?.errors.map((e) => e.line)).toEqual([4]);
    expect(plan?.toUpdate[0]?.conflicts.map((c) => c.field)).toEqual(['title', 'status']);
    expect(await db.prospects.count()).toBe(1);
    importer.choose('b', 'status', 'theirs');
    await importer.apply();
    expect(state.importPlan.value).toBeNull();
    expect(state.transfer.value).toEqual({ kind: 'done', message: 'Imported: 2 added, 1 updated, 0 campaigns created; 1 line with errors skipped.' });
    expect(await db.prospects.get('b')).toMatchObject({ status: 'won', title: 'Mine' });
  });

  it('"take the file\'s" for all conflicts', async () => {
    const importer = createDashboardImport(state, db);
    await importer.preview(utf8('url,status,title\nhttps://b.test/2,won,Theirs\n'), 'x.csv');
    importer.chooseAll('theirs');
    expect(importer.choices.value.get('b')).toEqual({ title: 'theirs', status: 'theirs' });
    await importer.apply();
    expect(await db.prospects.get('b')).toMatchObject({ status: 'won', title: 'Theirs' });
  });

  it('reads a Windows-1252 file right and says it was not UTF-8', async () => {
    const importer = createDashboardImport(state, db);
    const latin = Uint8Array.from([...'url,name\nhttps://j.test/,J'].map((c) => c.charCodeAt(0)).concat([0xfc], [...'rgen\n'].map((c) => c.charCodeAt(0))));
    await importer.preview(latin, 'excel.csv');
    expect(importer.encodingNote.value).toMatch(/Windows-1252/);
    expect(state.importPlan.value?.toAdd[0]?.prospect.contacts[0]?.value).toBe('Jürgen');
  });

  it('reports progress on a big file, and a stopped preview shows nothing and writes nothing', async () => {
    const importer = createDashboardImport(state, db);
    const rows = Array.from({ length: 5000 }, (_, i) => `https://site${i}.test/,tag${i % 7}`);
    const seen: number[] = [];
    const stop = importer.progress.subscribe((p) => {
      if (p) seen.push(p.done);
      if (p && p.done >= 2000) importer.cancel();
    });
    await importer.preview(utf8(`url,tags\n${rows.join('\n')}\n`), 'big.csv');
    stop();
    expect(seen.length).toBeGreaterThan(1);
    expect(state.importPlan.value).toBeNull();
    expect(state.transfer.value).toEqual({ kind: 'done', message: 'Import cancelled: nothing was written.' });
    expect(await db.prospects.count()).toBe(1);
  });
});

describe('import lookups', () => {
  it('finds the first prospect saved on each domain the file names, and nothing for new domains', async () => {
    await db.prospects.bulkAdd([
      makeProspect('https://a.test/late', { id: 'a-late', createdAt: 500 }),
      makeProspect('https://a.test/early', { id: 'a-early', createdAt: 100 }),
      makeProspect('https://blog.c.test/x', { id: 'c', createdAt: 50 }),
    ]);
    const found = await importLookups(db).byDomains(['new.test', 'a.test', 'b.test', 'a.test', 'c.test', 'other.test']);
    const byDomain = Object.fromEntries(found.map((p) => [p.domain, p.id]));
    // A subdomain's prospect belongs to its registrable domain.
    expect(byDomain).toEqual({ 'a.test': 'a-early', 'b.test': 'b', 'c.test': 'c' });
    expect(found).toHaveLength(3);
  });
});
