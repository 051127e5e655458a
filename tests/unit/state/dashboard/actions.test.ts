import { effect } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { getProspect } from '@/lib/db/prospect-lookups';
import { updateProspect } from '@/lib/db/prospects';
import { createDashboardState, type DashboardState } from '@/lib/state/dashboard/state';
import { createDashboardActions } from '@/lib/state/dashboard/actions';
import { SEARCH_DELAY_MS } from '@/lib/state/dashboard/list-actions';
import { viewFromHash } from '@/lib/state/dashboard/view-hash';
import { toDayInput } from '@/lib/state/dashboard/dates';
import { watchDashboard } from '@/lib/state/dashboard/live';
import { freshDb, makeProspect } from '../../db/fixtures';

let db: LinkscoutDb;
let state: DashboardState;
beforeEach(async () => {
  db = freshDb();
  state = createDashboardState();
  await db.prospects.bulkAdd([
    makeProspect('https://a.test/1', { id: 'a', tags: ['x'], updatedAt: 3 }),
    makeProspect('https://b.test/2', { id: 'b', tags: [], updatedAt: 2, contacts: [{ kind: 'email', value: 'ed@b.test', source: 'mailto link' }] }),
    makeProspect('https://c.test/3', { id: 'c', tags: ['y'], updatedAt: 1, status: 'won' }),
  ]);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('dashboard writes', () => {
  it('deletes with an undo that puts the same records back', async () => {
    const writes = createDashboardActions(state, { db, hash: { set: () => undefined }, download: () => undefined });
    const before = await getProspect(db, 'b');
    state.selection.value = new Set(['a', 'b', 'c']);
    state.detailId.value = 'b';
    await writes.remove(['a', 'b']);
    expect(await db.prospects.count()).toBe(1);
    expect(state.toast.value?.message).toBe('Deleted 2 prospects.');
    expect(state.toast.value?.undo?.map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect([...state.selection.value]).toEqual(['c']);
    expect(state.detailId.value).toBeNull();
    await writes.undo();
    expect(await db.prospects.count()).toBe(3);
    expect(await getProspect(db, 'b')).toEqual(before);
    expect(state.toast.value).toEqual({ message: 'Restored 2 prospects.' });
    // The derived index fields came back too: the e-mail filter finds it again.
    expect(await db.prospects.where('hasEmail').equals(1).primaryKeys()).toEqual(['b']);
  });

  it('keeps the Undo offer when restoring fails, and shows the storage error', async () => {
    const writes = createDashboardActions(state, { db, hash: { set: () => undefined }, download: () => undefined });
    await writes.remove(['a']);
    // Another tab saved a prospect with the same id meanwhile: the restore hits a constraint.
    await db.prospects.add(makeProspect('https://other.test/', { id: 'a' }));
    await writes.undo();
    expect(state.error.value).toMatch(/^Restoring prospects failed: /);
    expect(state.toast.value?.undo).toHaveLength(1);
  });

  it('shows the StorageError message of a failed edit', async () => {
    const writes = createDashboardActions(state, { db, hash: { set: () => undefined }, download: () => undefined });
    await writes.edit('gone', { status: 'won' });
    expect(state.error.value).toBe('This prospect no longer exists (it may have been deleted in another tab).');
    await writes.edit('a', { status: 'won' });
    expect(state.error.value).toBe('');
    expect((await getProspect(db, 'a'))?.history).toEqual([expect.objectContaining({ kind: 'status', from: 'new', to: 'won' })]);
  });

  it('adds a tag while keeping each prospect\'s own tags', async () => {
    const writes = createDashboardActions(state, { db, hash: { set: () => undefined }, download: () => undefined });
    await writes.addTag(['a', 'b', 'c'], ' x ');
    expect(state.toast.value?.message).toBe('Tag "x" added to 2 prospects.');
    const tags = await Promise.all(['a', 'b', 'c'].map(async (id) => (await getProspect(db, id))?.tags));
    expect(tags).toEqual([['x'], ['x'], ['y', 'x']]);
    expect(await db.prospects.where('tags').equals('x').count()).toBe(3);
  });

  it('sets a status on many, creates and assigns a campaign, and refuses a duplicate name', async () => {
    const writes = createDashboardActions(state, { db, hash: { set: () => undefined }, download: () => undefined });
    await writes.setStatus(['a', 'b'], 'contacted');
    expect(await db.prospects.where('status').equals('contacted').primaryKeys()).toEqual(['a', 'b']);
    await writes.newCampaign(['a', 'c'], 'Spring');
    const [spring] = await db.campaigns.toArray();
    expect(await db.prospects.where('campaignId').equals(spring?.id ?? '').primaryKeys()).toEqual(['a', 'c']);
    await writes.newCampaign(['b'], 'Spring');
    expect(state.error.value).toBe('A campaign named "Spring" already exists.');
    expect(await db.campaigns.count()).toBe(1);
  });
});

describe('dashboard actions', () => {
  const hash = { set: vi.fn() };

  it('runs the search once typing pauses, back on page one', () => {
    vi.useFakeTimers();
    const actions = createDashboardActions(state, { db, hash, download: () => undefined });
    state.page.value = 3;
    actions.setSearch('gar');
    actions.setSearch('garden');
    expect(state.searchInput.value).toBe('garden');
    expect(state.filters.value.search).toBe('');
    vi.advanceTimersByTime(SEARCH_DELAY_MS);
    expect(state.filters.value.search).toBe('garden');
    expect(state.page.value).toBe(0);
    expect(state.queryFilter.value).toEqual({ search: 'garden' });
  });

  it('clears filters, cancelling a pending search', () => {
    vi.useFakeTimers();
    const actions = createDashboardActions(state, { db, hash, download: () => undefined });
    actions.setFilters({ status: 'won' });
    actions.setSearch('x');
    actions.clearFilters();
    vi.advanceTimersByTime(SEARCH_DELAY_MS * 2);
    expect(state.filtered.value).toBe(false);
    expect(state.searchInput.value).toBe('');
  });

  it('sorts from page one and writes the detail view into the URL hash', () => {
    const actions = createDashboardActions(state, { db, hash, download: () => undefined });
    state.page.value = 2;
    actions.sortBy('relevance');
    expect(state.sort.value).toEqual({ field: 'relevance', direction: 'desc' });
    expect(state.page.value).toBe(0);
    actions.openDetail('p/1');
    expect(hash.set).toHaveBeenLastCalledWith('#prospect=p%2F1');
    actions.closeDetail();
    expect(state.detailId.value).toBeNull();
    expect(hash.set).toHaveBeenLastCalledWith('');
  });

  it('opens #follow-ups as every open prospect\'s follow-up due up to today, oldest first, shown as filters', () => {
    vi.useFakeTimers({ now: new Date(2026, 2, 14, 9, 30) });
    const actions = createDashboardActions(state, { db, hash, download: () => undefined });
    actions.setFilters({ status: 'won' });
    state.searchInput.value = 'old search';
    state.page.value = 4;
    actions.followHash('#follow-ups');
    expect(state.filters.value.followUpTo).toBe('2026-03-14');
    expect(state.filters.value.status).toBe('open');
    expect(state.queryFilter.value).toEqual({ status: ['new', 'qualified', 'contacted', 'followed-up', 'replied'], followUpAt: { to: new Date(2026, 2, 15).getTime() - 1 } });
    expect(state.filtered.value).toBe(true);
    expect(state.searchInput.value).toBe('');
    expect(state.sort.value).toEqual({ field: 'followUpAt', direction: 'asc' });
    expect(state.page.value).toBe(0);
    expect(state.detailId.value).toBeNull();
    expect(viewFromHash('#follow-ups')).toEqual({ view: 'prospects', jobId: null });
    // Another hash leaves the list as the user has it.
    actions.followHash('#prospect=a');
    expect(state.detailId.value).toBe('a');
    expect(state.filters.value.followUpTo).toBe(toDayInput(Date.now()));
  });

  it('reads the tags in use when asked', async () => {
    const actions = createDashboardActions(state, { db, hash, download: () => undefined });
    expect(state.tags.value).toEqual([]);
    await actions.loadTags();
    expect(state.tags.value).toEqual(['x', 'y']);
  });

  it('selects every prospect matching the filters', async () => {
    const actions = createDashboardActions(state, { db, hash, download: () => undefined });
    actions.setFilters({ status: 'new' });
    await actions.selectAllMatching();
    expect([...state.selection.value].sort()).toEqual(['a', 'b']);
  });
});

describe('watchDashboard', () => {
  it('follows filters and writes made elsewhere', async () => {
    const stop = watchDashboard(state, db);
    await vi.waitFor(() => expect(state.total.value).toBe(3), { timeout: 3000 });
    expect(state.rows.value.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(state.totalAll.value).toBe(3);
    state.filters.value = { ...state.filters.value, hasEmail: 'yes' };
    await vi.waitFor(() => expect(state.rows.value.map((r) => r.id)).toEqual(['b']));
    // Filtered: the total of everything is counted apart and stays 3.
    await vi.waitFor(() => expect(state.totalAll.value).toBe(3));
    await vi.waitFor(() => expect(state.total.value).toBe(1), { timeout: 3000 });
    await updateProspect(db, 'b', { status: 'replied' });
    await vi.waitFor(() => expect(state.rows.value[0]?.status).toBe('replied'));
    state.detailId.value = 'c';
    await vi.waitFor(() => expect(state.detail.value).toMatchObject({ phase: 'ready', id: 'c' }));
    state.detailId.value = 'nope';
    await vi.waitFor(() => expect(state.detail.value).toEqual({ phase: 'missing', id: 'nope' }));
    stop();
  });

  it('moves back a page when the last page empties', async () => {
    await db.prospects.bulkAdd(Array.from({ length: 50 }, (_, i) => makeProspect(`https://many.test/${i}`, { id: `m${i}`, updatedAt: 100 + i })));
    state.page.value = 1;
    const stop = watchDashboard(state, db);
    await vi.waitFor(() => expect(state.rows.value.map((r) => r.id)).toEqual(['a', 'b', 'c']));
    await db.prospects.bulkDelete(['a', 'b', 'c']);
    await vi.waitFor(() => expect(state.page.value).toBe(0));
    await vi.waitFor(() => expect(state.total.value).toBe(50), { timeout: 3000 });
    stop();
  });

  it('shows the rows before their count, and counts each filter it settles on', async () => {
    const seen: Array<{ rows: number; total: number | null }> = [];
    const stopWatching = effect(() => {
      if (state.table.value.phase === 'ready') seen.push({ rows: state.rows.value.length, total: state.total.value });
    });
    const stop = watchDashboard(state, db);
    await vi.waitFor(() => expect(state.total.value).toBe(3), { timeout: 3000 });
    expect(seen[0]).toEqual({ rows: 3, total: null });
    state.filters.value = { ...state.filters.value, status: 'won' };
    await vi.waitFor(() => expect(state.rows.value.map((r) => r.id)).toEqual(['c']));
    // The previous filter's count is never shown as this filter's.
    expect(state.total.value).toBeNull();
    expect(state.table.value).toMatchObject({ more: false });
    await vi.waitFor(() => expect(state.total.value).toBe(1), { timeout: 3000 });
    stop();
    stopWatching();
  });
});
