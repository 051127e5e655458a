// Helpers for e2e tests of the page reader: queue reads and read results through an extension
// page's IndexedDB, as the dashboard does, and wake the background with a message.
import type { Page } from 'playwright-core';
import type { PageRead } from '../../lib/schemas/page-read';
import type { PageScan } from '../../lib/schemas/page-scan';

/** The slice of the extension API these helpers use inside extension pages and the worker. */
export interface ChromeWorld {
  chrome: {
    storage: { sync: { set(items: Record<string, unknown>): Promise<void> } };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    scripting: {
      executeScript(injection: { target: { tabId: number }; files?: string[]; func?: (...args: never[]) => unknown; args?: unknown[] }): Promise<{ result?: unknown }[]>;
    };
  };
}

interface RawJob {
  id: string;
  state: string;
  result?: PageRead;
  error?: string;
}

/** Stores settings the way the options page does (sync storage, key "settings"). */
export async function storeSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as ChromeWorld;
    await chrome.storage.sync.set({ settings: value });
  }, settings);
}

function openDb(): string {
  // Runs in the page: opens the extension's database at whatever version it has.
  return `new Promise((ok, fail) => { const r = indexedDB.open('linkscout'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); })`;
}

/** Queues reads (purpose "qualify", as a caller with no owner record would) and wakes the background. */
export async function queueReads(page: Page, urls: string[]): Promise<string[]> {
  return page.evaluate(async ({ urls, open }) => {
    const db = (await (0, eval)(open)) as IDBDatabase;
    const ids = urls.map(() => crypto.randomUUID());
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('readJobs', 'readwrite');
      const now = Date.now();
      urls.forEach((url, i) => tx.objectStore('readJobs').put({ id: ids[i], url, purpose: 'qualify', ref: `e2e-${i}`, state: 'queued', createdAt: now, dueAt: now, attempts: 0 }));
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
    const { chrome } = globalThis as unknown as ChromeWorld;
    await chrome.runtime.sendMessage({ type: 'resume-reads' });
    return ids;
  }, { urls, open: openDb() });
}

/** The jobs with these ids as stored now. */
export async function readJobs(page: Page, ids: string[]): Promise<RawJob[]> {
  return page.evaluate(async ({ ids, open }) => {
    const db = (await (0, eval)(open)) as IDBDatabase;
    const rows = await Promise.all(ids.map((id) => new Promise<RawJob>((ok, fail) => {
      const req = db.transaction('readJobs').objectStore('readJobs').get(id);
      req.onsuccess = () => ok(req.result as RawJob);
      req.onerror = () => fail(req.error);
    })));
    db.close();
    return rows;
  }, { ids, open: openDb() });
}

/** Waits until every job is done (or the time is up) and returns them. */
export async function waitForReads(page: Page, ids: string[], timeoutMs = 240_000): Promise<RawJob[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const jobs = await readJobs(page, ids);
    if (jobs.every((j) => j.state === 'done') || Date.now() > until) return jobs;
    await page.waitForTimeout(250);
  }
}

/** The parts of a scan both hosts must agree on: links, rel, own-site links, contacts, page kind, meta. */
export function scanSummary(scan: PageScan) {
  return {
    title: scan.title,
    domain: scan.domain,
    links: scan.links.map((l) => [l.key, l.url, l.rel.join(' '), l.follow, l.outbound, l.toOwnSite, l.text, l.position, l.count, l.context].join(' | ')),
    omittedLinks: scan.omittedLinks,
    ignored: scan.ignored,
    contacts: scan.contacts.map((c) => `${c.kind} | ${c.value} | ${c.source}`).sort(),
    kinds: scan.kinds.map((k) => `${k.kind} ${k.score} ${k.reasons.join('; ')}`),
    meta: { ...scan.meta },
    spam: scan.spam.score,
  };
}
