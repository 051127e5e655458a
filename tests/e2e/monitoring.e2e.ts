// Monitoring a won link in Chromium: a fixture page changes between checks and each check gives
// the right state, notification and history; the reader's alarm is driven quickly; a service
// worker stopped mid-read resumes from IndexedDB.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, startHarness, type Harness } from './harness';
import { type ChromeWorld, editStore, queueReads, readJobs, storeSettings } from './reader-world';

type Mode = 'live' | 'nofollow' | 'anchor' | 'noindex' | 'canonical' | 'challenge' | 'removed' | 'gone';
let mode: Mode = 'live';
const others = ['a', 'b', 'c', 'd', 'e'].map((x) => `<a href="/${x}">${x}</a>`).join(' ');

function postHtml(): string {
  const link = {
    nofollow: '<a rel="nofollow" href="https://mine.example/guide">the garden guide</a>',
    anchor: '<a href="https://mine.example/guide">click here</a>',
    removed: 'no link any more',
  }[mode as string] ?? '<a href="https://mine.example/guide">the garden guide</a>';
  const head = mode === 'noindex' ? '<meta name="robots" content="noindex">' : mode === 'canonical' ? '<link rel="canonical" href="/elsewhere">' : '';
  return `<!doctype html><html lang="en"><head><title>Garden post</title>${head}</head><body><main><p>Read ${link} today.</p>${others}</main></body></html>`;
}

let h: Harness;
let dash: Page;
const ids = { prospect: 'won-prospect-1' };

beforeAll(async () => {
  h = await startHarness({
    route: async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.startsWith('/slow/')) {
        await new Promise((r) => setTimeout(r, 4000));
        res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Slow</title><a href="https://mine.example/">mine</a>');
        return true;
      }
      if (path !== '/post') return false;
      if (mode === 'gone') res.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title>');
      else if (mode === 'challenge') res.writeHead(403, { 'content-type': 'text/html', 'cf-mitigated': 'challenge', server: 'cloudflare' }).end('<title>Just a moment...</title>');
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : postHtml());
      return true;
    },
  });
  dash = await h.context.newPage();
  await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
  await storeSettings(dash, { ownDomains: ['mine.example'], keywords: [], checker: { perHostConcurrency: 2, minGapMs: 0, globalConcurrency: 8, timeoutMs: 10_000, hopLimit: 10, cacheTtlHours: 24, exclusions: [], allowPrivateNetwork: false } });
  // A prospect marked won (written as the dashboard stores it, derived index fields included).
  const url = `${h.server.origin}/post`;
  await dash.evaluate(async ({ id, url }) => {
    const open = indexedDB.open('linkscout');
    const db: IDBDatabase = await new Promise((ok, fail) => { open.onsuccess = () => ok(open.result); open.onerror = () => fail(open.error); });
    const now = Date.now();
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('prospects', 'readwrite');
      tx.objectStore('prospects').put({
        id, url, normalizedUrl: url, domain: '127.0.0.1', title: 'Garden post', opportunityType: 'other', status: 'won', campaignId: null, tags: [], contacts: [],
        brokenLinks: [], linksToMySite: [{ url: 'https://mine.example/guide', anchorText: 'the garden guide', rel: [] }], relevance: 0, spamScore: 0, spamSignals: [],
        toxic: false, notes: '', followUpAt: null, createdAt: now, updatedAt: now, history: [{ kind: 'status', at: now, from: 'replied', to: 'won' }],
        hasEmail: 0, contactCount: 0, words: ['garden'],
      });
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, { id: ids.prospect, url });
}, 90_000);

afterAll(async () => h?.close());

interface LinkRow {
  id: string;
  state: string;
  change: string;
  history: { state: string; detail: string; via: string }[];
  suspect: { at: number } | null;
}
const links = () => editStore<LinkRow>(dash, 'monitoredLinks');

async function notifications(): Promise<string[]> {
  return h.worker.evaluate(async () => Object.keys(await (globalThis as unknown as ChromeWorld).chrome.notifications.getAll()));
}
async function clearNotifications(): Promise<void> {
  await h.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeWorld;
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
}

/** Moves the link's pending failure back by a day and more, as if the next check came a day later. */
async function aDayLater(): Promise<void> {
  await editStore(dash, 'monitoredLinks', 'suspect-a-day-earlier');
}

async function recheck(next: Mode): Promise<void> {
  mode = next;
  const before = (await links())[0]?.history.length ?? 0;
  await clearNotifications();
  await dash.getByRole('button', { name: 'Re-check now' }).click();
  await expect.poll(async () => (await links())[0]?.history.length ?? 0, { timeout: 30_000 }).toBe(before + 1);
}

describe('monitoring a won link', () => {
  it('gives the right state, notification and history as the page changes', async () => {
    await dash.getByRole('button', { name: 'Monitoring' }).click();
    const row = dash.getByTestId('monitor-row');
    await row.waitFor();
    await expect.poll(async () => (await links()).length).toBe(1);
    expect(await row.getByTestId('monitor-state').textContent()).toBe('Not checked yet');

    const steps: [Mode, string, string, boolean][] = [
      ['live', 'live', 'Live', false],
      ['nofollow', 'nofollowed', "Nofollow'd", true],
      ['anchor', 'changed', 'Changed', true],
      ['noindex', 'not-indexable', 'Not indexable', true],
      ['canonical', 'not-indexable', 'Not indexable', true],
      ['challenge', 'unverifiable', 'Unverifiable', false],
      ['live', 'live', 'Live', false],
      ['removed', 'live', 'Live', false], // one failure is not yet a lost link
    ];
    for (const [next, state, label, notify] of steps) {
      await recheck(next);
      const [link] = await links();
      expect(link?.state, `after ${next}`).toBe(state);
      await expect.poll(() => row.getByTestId('monitor-state').textContent()).toBe(label);
      // The notification may follow the stored state by a moment on a loaded machine.
      const notified = async () => (await notifications()).some((id) => id.startsWith('linkscout-monitor:'));
      if (notify) await expect.poll(notified, { message: `notification after ${next}`, timeout: 15_000 }).toBe(true);
      else expect(await notified(), `notification after ${next}`).toBe(false);
    }
    const [afterOne] = await links();
    expect(afterOne?.suspect).not.toBeNull();
    await expect.poll(() => row.getByTestId('monitor-suspect').isVisible()).toBe(true);
    expect(afterOne?.history.map((x) => x.state).slice(0, 3)).toEqual(['live', 'live', 'unverifiable']);
    expect((await links())[0]?.history.find((x) => x.state === 'changed')?.detail).toContain('anchor: "the garden guide" → "click here"');
    expect((await links())[0]?.history.find((x) => x.state === 'nofollowed')?.detail).toContain('rel: "follow" → "nofollow"');
    expect((await links())[0]?.history[3]?.detail).toContain('canonical');

    // The second failure a day later calls it missing, through the reader's alarm rather than a click.
    await aDayLater();
    await clearNotifications();
    const before = (await links())[0]?.history.length ?? 0;
    await editStore(dash, 'readJobs', 'monitor-reads-due-now');
    await h.worker.evaluate(() => (globalThis as unknown as ChromeWorld).chrome.alarms.create('linkscout-reads', { when: Date.now() + 100 }));
    await expect.poll(async () => (await links())[0]?.history.length ?? 0, { timeout: 30_000 }).toBe(before + 1);
    expect((await links())[0]?.state).toBe('missing');
    expect(await notifications()).toEqual([expect.stringMatching(/^linkscout-monitor:/)]);
    await expect.poll(() => row.getByTestId('monitor-state').textContent()).toBe('Missing');
    await expect.poll(() => row.getByRole('button', { name: 'Verify in a tab' }).isVisible()).toBe(true);

    // "Verify in a tab" opens the page, lets its scripts run and scans it live.
    mode = 'live';
    const checks = (await links())[0]?.history.length ?? 0;
    await row.getByRole('button', { name: 'Verify in a tab' }).click();
    await expect.poll(async () => (await links())[0]?.history.length ?? 0, { timeout: 30_000 }).toBe(checks + 1);
    expect((await links())[0]?.state).toBe('live');
    expect((await links())[0]?.history[0]).toMatchObject({ via: 'tab', state: 'live' });
    await recheck('gone');
    expect((await links())[0]?.state).toBe('live'); // one failure again: still live, re-check tomorrow
    await aDayLater();
    await recheck('gone');
    expect((await links())[0]?.state).toBe('page-gone');
    expect((await notifications()).length).toBe(1);

    // The prospect's own history records each notified change.
    const prospects = await editStore<{ id: string; history: { kind: string; field?: string; note?: string }[] }>(dash, 'prospects');
    const notes = prospects.find((p) => p.id === ids.prospect)?.history.filter((x) => x.field === 'Monitoring').map((x) => x.note?.split(':')[0]);
    expect(notes).toEqual(['nofollowed', 'changed', 'not-indexable', 'not-indexable', 'missing', 'page-gone']);
    await row.getByText(/^History/).click();
    await screenshot(dash, 'monitoring-view');
    expect(await axeViolations(dash)).toEqual([]);
    await dash.emulateMedia({ colorScheme: 'dark' });
    await screenshot(dash, 'monitoring-view-dark');
    expect(await axeViolations(dash)).toEqual([]);
    await dash.emulateMedia({ colorScheme: 'light' });
  });

  it('a service worker stopped mid-read resumes the read when it wakes', async () => {
    const url = `${h.server.origin}/slow/1`;
    const [id] = await queueReads(dash, [url]);
    await expect.poll(async () => (await readJobs(dash, [id ?? '']))[0]?.state, { timeout: 20_000 }).toBe('running');
    const cdp = await h.context.newCDPSession(dash);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await dash.waitForTimeout(5000); // longer than the slow page takes: a live worker would have finished
    expect((await readJobs(dash, [id ?? '']))[0]?.state).toBe('running');
    await dash.evaluate(() => (globalThis as unknown as ChromeWorld).chrome.runtime.sendMessage({ type: 'resume-reads' })); // any message wakes the worker
    await expect.poll(async () => (await readJobs(dash, [id ?? '']))[0]?.state, { timeout: 30_000 }).toBe('done');
    const [job] = await readJobs(dash, [id ?? '']);
    expect(job?.result?.scan?.title).toBe('Slow');
    expect(job?.result?.verdict.class).toBe('ok');
  });
});
