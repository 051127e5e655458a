import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import type { TabScanResult } from '@/lib/tab/scan-tab';
import { createPopupState } from '@/lib/state/popup/state';
import { createPopupActions, type PopupDeps } from '@/lib/state/popup/actions';
import { freshDb, makeScan } from '../../db/fixtures';

// The popup's actions against fake-indexeddb, with the browser, the background and the
// clipboard stubbed: what the user sees after each action.
const PAGE = 'https://garden.example/resources';

function link(url: string, outbound = true): ScannedLink {
  return { url, key: url, host: new URL(url).hostname, outbound, toOwnSite: false, rel: [], follow: true, target: '', text: url, position: 'main', count: 1, context: '' };
}
const LINKS = [link('https://a.example/'), link('https://b.example/dead'), link('https://garden.example/about', false)];
const ready: TabScanResult = { ok: true, tabId: 7, scan: makeScan(PAGE, { links: LINKS }) };
const verdict = (url: string, cls: LinkVerdict['class']): LinkVerdict => ({
  url, class: cls, httpStatus: cls === 'ok' ? 200 : 404, finalUrl: null, hops: [], requests: [], reason: cls, checkedAt: Date.now(), durationMs: 1,
});

let db: LinkscoutDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

function setup(patch: Partial<PopupDeps> = {}) {
  const state = createPopupState();
  const deps: PopupDeps = {
    db: async () => db, scan: async () => ready, validate: async (scan, tabId) => ({ ok: true, scan, tabId }),
    domains: async (names) => names.map((n) => (n.includes('://') ? new URL(n).hostname : n).replace(/^[^.]+\.(?=[^.]+\.[^.]+$)/, '')), afterPaint: async () => undefined, writeClipboard: vi.fn(async () => undefined), setHighlight: vi.fn(async () => 2), openSettings: vi.fn(),
    send: vi.fn(async () => ({ jobId: 'j1' })), cancel: vi.fn(async () => ({ cancelled: true })), resume: vi.fn(async () => ({ resumed: true })),
    download: vi.fn(), openDashboard: vi.fn(), scrollToLink: vi.fn(async () => true), ...patch,
  };
  const actions = createPopupActions(state, deps);
  return { state, actions, deps };
}

describe('popup actions', () => {
  it.each([
    [{ ok: false, problem: { kind: 'browser-page', message: 'A browser page' } } as TabScanResult, { phase: 'restricted', kind: 'browser-page', message: 'A browser page' }],
    [{ ok: false, problem: { kind: 'error', message: 'No answer' } } as TabScanResult, { phase: 'error', message: 'No answer' }],
    [{ ok: true, tabId: 1, scan: makeScan(PAGE, { contentType: 'application/pdf' }) } as TabScanResult, { phase: 'restricted', kind: 'pdf' }],
  ])('shows why a page cannot be listed: %j', async (result, phase) => {
    const { state, actions } = setup({ scan: async () => result });
    await actions.rescan();
    expect(state.view.value).toMatchObject(phase);
  });

  it('shows a failed scan as an error, never throws', async () => {
    const { state, actions } = setup({ scan: async () => Promise.reject(new Error('tab closed')) });
    await actions.rescan();
    expect(state.view.value).toEqual({ phase: 'error', message: 'The page could not be scanned: tab closed' });
  });

  it('lists the scan and follows verdicts written to the database', async () => {
    const { state, actions } = setup();
    await actions.rescan();
    expect(state.scan.value?.links).toHaveLength(3);
    // The default view lists outbound links in the main text; these fixture links carry no position.
    expect(state.visibleLinks.value).toEqual([]);
    actions.setFilter('outbound');
    expect(state.visibleLinks.value.map((l) => l.url)).toEqual(['https://a.example/', 'https://b.example/dead']);
    await db.verdicts.put(verdict('https://b.example/dead', 'broken'));
    await vi.waitFor(() => expect(state.check.counts.value.get('broken')).toBe(1));
    actions.setClassFilter('broken');
    expect(state.visibleLinks.value.map((l) => l.url)).toEqual(['https://b.example/dead']);
  });

  it('asks the background to check the outbound links by key, and says when there is nothing to check', async () => {
    const { state, actions, deps } = setup();
    await actions.rescan();
    actions.check(false);
    await vi.waitFor(() => expect(deps.send).toHaveBeenCalledOnce());
    expect(deps.send).toHaveBeenCalledWith({ type: 'check-links', tabId: 7, pageUrl: PAGE, urls: ['https://a.example/', 'https://b.example/dead'], force: false });
    actions.setQuery('nothing matches this');
    actions.setScope('listed');
    actions.check(false);
    expect(state.check.error.value).toBe('There are no links to check in this selection.');
  });

  it('shows a check that could not start, and a failed cancel', async () => {
    const { state, actions } = setup({ send: async () => Promise.reject(new Error('no background')), cancel: async () => Promise.reject(new Error('gone')) });
    await actions.rescan();
    actions.check(true);
    await vi.waitFor(() => expect(state.check.error.value).toBe('The check could not start: no background'));
    state.check.job.value = { id: 'j', pageUrl: PAGE, tabId: 7, createdAt: 1, total: 2, done: 0, state: 'running' };
    await actions.cancel();
    expect(state.check.error.value).toBe('Cancel failed: gone');
  });

  it('wakes the background when a check is unfinished', async () => {
    await db.checkJobs.add({ id: 'old', pageUrl: PAGE, tabId: 7, createdAt: 1, total: 1, done: 0, state: 'running' });
    const { deps, actions } = setup();
    await actions.rescan();
    expect(deps.resume).toHaveBeenCalledOnce();
  });

  it('copies and says so, or says why not', async () => {
    const { state, actions } = setup({ writeClipboard: async () => Promise.reject(new Error('denied')) });
    await actions.copyUrls(['https://a.example/', 'https://b.example/']);
    expect(state.notice.value).toBe('Could not copy 2 URLs: denied');
    const ok = setup();
    await ok.actions.copyUrls(['https://a.example/']);
    expect(ok.state.notice.value).toBe('Copied 1 URL.');
  });

  it('turns highlighting on and off, and shows a failure without changing it', async () => {
    const { state, actions, deps } = setup();
    await actions.rescan();
    await actions.toggleHighlight();
    expect(state.highlight.value).toEqual({ on: true });
    expect(state.notice.value).toBe('Highlighted 2 links on the page.');
    await actions.toggleHighlight();
    expect(deps.setHighlight).toHaveBeenLastCalledWith(7, LINKS, false, expect.any(Map));
    expect(state.notice.value).toBe('Highlighting removed.');
    const failing = setup({ setHighlight: async () => Promise.reject(new Error('page navigated')) });
    await failing.actions.rescan();
    await failing.actions.toggleHighlight();
    expect(failing.state.highlight.value).toEqual({ on: false, error: 'Highlighting failed: page navigated' });
  });

  it('saves the page with its known dead links, then edits it in place', async () => {
    const { state, actions } = setup();
    await actions.rescan();
    await db.verdicts.put(verdict('https://b.example/dead', 'broken'));
    await vi.waitFor(() => expect(state.check.verdicts.value.size).toBe(1));
    await actions.saveProspect();
    expect(state.prospect.error.value).toBe('');
    expect(state.prospect.saved.value?.brokenLinks.map((b) => b.url)).toEqual(['https://b.example/dead']);
    await actions.editProspect({ status: 'contacted' });
    expect(state.prospect.saved.value?.status).toBe('contacted');
    await vi.waitFor(() => expect(state.prospect.domain.value?.count).toBe(1));
  });

  it('downloads the link report with the verdicts known so far', async () => {
    const { state, actions, deps } = setup();
    await actions.rescan();
    await db.verdicts.put(verdict('https://a.example/', 'ok'));
    await vi.waitFor(() => expect(state.check.verdicts.value.size).toBe(1));
    await actions.exportReport();
    expect(deps.download).toHaveBeenCalledWith('linkscout-links-garden.example.csv', expect.stringContaining('https://a.example/'), 'text/csv;charset=utf-8');
    expect(state.check.error.value).toBe('');
  });
  it('shows the list grouped by the looked-up registrable domains before storage loads, then follows storage', async () => {
    let painted: () => void = () => undefined;
    const afterPaint = vi.fn(() => new Promise<void>((resolve) => (painted = resolve)));
    const db$ = vi.fn(async () => db);
    const domains = vi.fn(async (names: readonly string[]) => names.map((n) => (n === PAGE ? 'garden.example' : `site-of-${n}`)));
    const { state, actions, deps } = setup({ afterPaint, db: db$, domains });
    const done = actions.rescan();
    await vi.waitFor(() => expect(state.view.value.phase).toBe('ready'));
    expect(domains).toHaveBeenCalledExactlyOnceWith([PAGE, 'a.example', 'b.example', 'garden.example']);
    actions.setFilter('all');
    expect(state.groups.value.map((g) => g.domain)).toEqual(['site-of-a.example', 'site-of-b.example', 'site-of-garden.example']);
    expect(db$).not.toHaveBeenCalled();
    expect(deps.resume).not.toHaveBeenCalled();
    painted();
    await done;
    expect(db$).toHaveBeenCalled();
    await db.verdicts.put(verdict('https://a.example/', 'ok'));
    await vi.waitFor(() => expect(state.check.verdicts.value.size).toBe(1));
  });

  it('turns a scan that fails the full check after the list showed into an error, and never loads storage for it', async () => {
    const db$ = vi.fn(async () => db);
    const { state, actions } = setup({ db: db$, validate: async () => ({ ok: false, problem: { kind: 'error', message: 'The page returned an unreadable scan (bad).' } }) });
    await actions.rescan();
    expect(state.view.value).toEqual({ phase: 'error', message: 'The page returned an unreadable scan (bad).' });
    expect(db$).not.toHaveBeenCalled();
  });

  it('saves only a scan that passed the full check', async () => {
    let valid = true;
    const { state, actions } = setup({ validate: async (scan, tabId) => (valid ? { ok: true, scan, tabId } : { ok: false, problem: { kind: 'error', message: 'unreadable' } }) });
    await actions.rescan();
    valid = false;
    await actions.saveProspect();
    expect(state.prospect.error.value).toBe('unreadable');
    expect(await db.prospects.count()).toBe(0);
  });
});
