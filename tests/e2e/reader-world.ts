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
    notifications: { getAll(): Promise<Record<string, unknown>>; clear(id: string): Promise<boolean> };
    alarms: { create(name: string, info: { when: number }): Promise<void> };
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

/**
 * Runs `edit` over every record of `store` in an extension page (extension pages allow no eval,
 * so the edit is one of a few named ones) and returns the records as they are afterwards.
 */
export async function editStore<T>(page: Page, store: string, edit: 'none' | 'suspect-a-day-earlier' | 'monitor-reads-due-now' = 'none'): Promise<T[]> {
  return page.evaluate(async ({ store, edit }) => {
    const open = indexedDB.open('linkscout');
    const db: IDBDatabase = await new Promise((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((ok, fail) => {
      const tx = db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      const req = os.getAll();
      const out: Record<string, unknown>[] = [];
      req.onsuccess = () => {
        for (const row of req.result as Record<string, unknown>[]) {
          const suspect = row.suspect as { at: number } | null | undefined;
          if (edit === 'suspect-a-day-earlier' && suspect) {
            suspect.at -= 25 * 3_600_000;
            os.put(row);
          }
          if (edit === 'monitor-reads-due-now' && row.state === 'queued' && row.purpose === 'monitor') {
            row.dueAt = Date.now();
            os.put(row);
          }
          out.push(row);
        }
      };
      tx.oncomplete = () => ok(out);
      tx.onerror = () => fail(tx.error);
    });
    db.close();
    return rows;
  }, { store, edit }) as Promise<T[]>;
}

/** Queues reads (purpose "qualify", as a caller with no owner record would) and wakes the background. */
export async function queueReads(page: Page, urls: string[]): Promise<string[]> {
  return page.evaluate(async (urls) => {
    const open = indexedDB.open('linkscout');
    const db: IDBDatabase = await new Promise((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const ids = urls.map(() => crypto.randomUUID());
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('readJobs', 'readwrite');
      const now = Date.now();
      urls.forEach((url, i) => tx.objectStore('readJobs').put({ id: ids[i], url, purpose: 'qualify', ref: `e2e-${ids[i]}`, state: 'queued', createdAt: now, dueAt: now, attempts: 0 }));
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
    const { chrome } = globalThis as unknown as ChromeWorld;
    await chrome.runtime.sendMessage({ type: 'resume-reads' });
    return ids;
  }, urls);
}

/** The jobs with these ids as stored now. */
export async function readJobs(page: Page, ids: string[]): Promise<RawJob[]> {
  const all = await editStore<RawJob>(page, 'readJobs');
  const byId = new Map(all.map((j) => [j.id, j]));
  return ids.map((id) => byId.get(id) as RawJob);
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
