import { effect } from '@preact/signals';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { createDashboardState, type DashboardState } from '@/lib/state/dashboard/state';
import { createDashboardActions } from '@/lib/state/dashboard/actions';
import { freshDb, makeProspect } from '../../db/fixtures';
import { FakeWorker } from '../../workers/fake-worker';

let db: LinkscoutDb;
let state: DashboardState;
let files: Array<{ name: string; blob: Blob }>;
const transfer = () => createDashboardActions(state, { db, hash: { set: () => undefined }, download: (name, blob) => files.push({ name, blob }), now: () => new Date(2025, 2, 1, 12) });

beforeEach(async () => {
  db = freshDb();
  state = createDashboardState();
  files = [];
  await db.prospects.bulkAdd([
    makeProspect('https://a.test/1', { id: 'a', status: 'won', toxic: true }),
    makeProspect('https://b.test/2', { id: 'b', status: 'new' }),
    makeProspect('https://c.test/3', { id: 'c', status: 'won' }),
  ]);
});

const csvIds = async (blob: Blob) => (await blob.text()).split('\r\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]);

describe('dashboard export and import', () => {
  it.each<['all' | 'filtered' | 'selected', string, string[]]>([
    ['all', 'linkscout-prospects-2025-03-01.csv', ['a', 'b', 'c']],
    ['filtered', 'linkscout-prospects-filtered-2025-03-01.csv', ['a', 'c']],
    ['selected', 'linkscout-prospects-selected-2025-03-01.csv', ['b']],
  ])('exports %s prospects as CSV', async (scope, name, ids) => {
    state.filters.value = { ...state.filters.value, status: 'won' };
    state.selection.value = new Set(['b']);
    await transfer().exportCsv(scope);
    expect(files.map((f) => f.name)).toEqual([name]);
    expect((await csvIds(files[0]?.blob as Blob)).sort()).toEqual(ids);
    expect(state.transfer.value).toEqual({ kind: 'done', message: `Exported ${ids.length} prospect${ids.length === 1 ? '' : 's'} to CSV.` });
  });

  it('shows the rows written as the export runs, and stops it without a download', async () => {
    await db.prospects.bulkAdd(Array.from({ length: 1500 }, (_, i) => makeProspect(`https://many.test/${i}`, { id: `m${i}` })));
    const actions = transfer();
    const seen: number[] = [];
    // The export yields after every chunk: progress shows while it runs, and Stop lands between chunks.
    const stopWatching = effect(() => {
      const t = state.transfer.value;
      if (t.kind !== 'busy' || !t.progress) return;
      seen.push(t.progress.done);
      if (t.progress.done >= 1000) actions.stopExport();
    });
    const running = actions.exportCsv('all');
    await running;
    stopWatching();
    expect(seen).toEqual([0, 1000]);
    expect(files).toEqual([]);
    expect(state.transfer.value).toEqual({ kind: 'done', message: 'Export stopped: nothing was downloaded.' });
    // A new export after a stopped one runs to the end.
    await actions.exportCsv('all');
    expect(await csvIds(files[0]?.blob as Blob)).toHaveLength(1503);
  }, 20_000);

  it('writes a full export in workers where the page has them, and a filtered one in the page', async () => {
    await db.prospects.bulkAdd(Array.from({ length: 300 }, (_, i) => makeProspect(`https://many.test/${i}`, { id: `m${String(i).padStart(3, '0')}`, createdAt: 1_700_000_000_000 + i * 1000 })));
    await transfer().exportCsv('all');
    const inPage = await (files[0]?.blob as Blob).text();
    const spawned: FakeWorker[] = [];
    const withWorkers = createDashboardActions(state, {
      db, hash: { set: () => undefined }, download: (name, blob) => files.push({ name, blob }), now: () => new Date(2025, 2, 1, 12),
      csvWorker: () => {
        const worker = new FakeWorker();
        spawned.push(worker);
        return worker;
      },
    });
    await withWorkers.exportCsv('all');
    expect(spawned.length).toBeGreaterThanOrEqual(3);
    expect(await (files[1]?.blob as Blob).text()).toBe(inPage);
    expect(state.transfer.value).toEqual({ kind: 'done', message: 'Exported 303 prospects to CSV.' });
    const workersForAll = spawned.length;
    await withWorkers.exportCsv('filtered');
    expect(spawned.length).toBe(workersForAll);
    expect(files.map((f) => f.name)).toEqual(['linkscout-prospects-2025-03-01.csv', 'linkscout-prospects-2025-03-01.csv', 'linkscout-prospects-filtered-2025-03-01.csv']);
  });

  it('writes disavow.txt from the toxic flags', async () => {
    await transfer().exportDisavow();
    expect(files[0]?.name).toBe('disavow.txt');
    expect((await files[0]?.blob.text())?.split('\n').filter((l) => l.startsWith('domain:'))).toEqual(['domain:a.test']);
  });

  it('shows why a backup cannot be restored and changes nothing', async () => {
    await transfer().restore('{"format":"linkscout-backup"');
    expect(state.transfer.value.kind).toBe('error');
    expect(state.transfer.value.kind === 'error' && state.transfer.value.message).toMatch(/^This file is not a Linkscout backup: it is not valid JSON/);
    expect(await db.prospects.count()).toBe(3);
  });

  it('round-trips a backup through delete all and restore, with the merge counts', async () => {
    const t = transfer();
    await t.exportBackup();
    const text = await (files[0]?.blob as Blob).text();
    state.selection.value = new Set(['a']);
    await t.deleteAll();
    expect(await db.prospects.count()).toBe(0);
    expect(state.selection.value.size).toBe(0);
    await t.restore(text);
    expect(state.transfer.value).toEqual({ kind: 'done', message: 'Backup restored. Prospects: 3 added, 0 updated, 0 skipped. Campaigns: 0 added, 0 updated, 0 skipped. Templates: 6 added, 0 updated, 0 skipped.' });
    expect(await db.templates.count()).toBe(6);
    expect(await db.prospects.count()).toBe(3);
  });
});
