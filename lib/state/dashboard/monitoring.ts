import { computed, effect, signal } from '@preact/signals';
import type { LinkscoutDb } from '@/lib/db/database';
import type { ExpectedLink, Frequency, MonitoredLink } from '@/lib/db/monitor-records';
import {
  addMonitoredLink, applyTabScan, editMonitoredLink, monitoredLinksByCheck, monitorWonProspects, recheckNow, stopMonitoring,
} from '@/lib/db/monitored-links';
import { monitorCsv } from '@/lib/export/monitor-csv';
import type { PageScan } from '@/lib/schemas/page-scan';
import { normalizeUrl } from '@/lib/url/normalize';
import { bindLive } from '@/lib/state/live';

export interface MonitoringDeps {
  db: LinkscoutDb;
  now?: () => number;
  /** Wakes the background to run due reads (a `resume-reads` message). */
  wake: () => Promise<unknown>;
  scanInTab: (url: string) => Promise<PageScan>;
  download: (filename: string, blob: Blob) => void;
}

export interface NewLinkInput {
  pageUrl: string;
  expected: ExpectedLink;
  frequency: Frequency;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Links listed at first, and added by each "Show more": thousands of won links stay one click away without all being read and drawn. */
export const MONITOR_ROWS = 200;

/** The Monitoring view's state (live list of monitored links) and its actions. */
export function createMonitoring(deps: MonitoringDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => Date.now());
  /** The first `shown` links, the next to be checked first, and how many there are in all. */
  const list = signal<{ links: MonitoredLink[]; total: number } | null>(null);
  const shown = signal(MONITOR_ROWS);
  const links = computed(() => list.value?.links ?? null);
  const total = computed(() => list.value?.total ?? 0);
  const error = signal('');
  const status = signal('');
  const busy = signal<ReadonlySet<string>>(new Set());

  async function act(id: string, what: string, task: () => Promise<string>): Promise<void> {
    busy.value = new Set([...busy.value, id]);
    status.value = what;
    try {
      status.value = await task();
      error.value = '';
    } catch (e) {
      error.value = message(e);
      status.value = '';
    } finally {
      busy.value = new Set([...busy.value].filter((x) => x !== id));
    }
  }

  return {
    links, total, error, status, busy,
    /**
     * Subscribes to the list (the first links only: each write re-reads what is shown, not
     * thousands of links with their histories) and brings won prospects under monitoring;
     * returns the unsubscribe.
     */
    start(): () => void {
      void monitorWonProspects(db, now()).then((added) => (added.length > 0 ? deps.wake() : undefined)).catch((e: unknown) => (error.value = message(e)));
      return effect(() => {
        const limit = shown.value;
        return bindLive(list, () => db.transaction('r', db.monitoredLinks, async () => {
          const [first, count] = await Promise.all([monitoredLinksByCheck(db, limit), db.monitoredLinks.count()]);
          return { links: first, total: count };
        }), (m) => (error.value = m));
      });
    },
    /** Shows MONITOR_ROWS more links. */
    showMore: () => {
      shown.value += MONITOR_ROWS;
    },
    add: (input: NewLinkInput) =>
      act('new', 'Adding…', async () => {
        const key = normalizeUrl(input.pageUrl);
        if (!key) throw new Error(`"${input.pageUrl}" is not an http(s) address.`);
        const prospect = await db.prospects.where('normalizedUrl').equals(key).first();
        const link = await addMonitoredLink(db, { prospectId: prospect?.id ?? '', pageUrl: input.pageUrl, expected: input.expected, frequency: input.frequency, since: now() }, now());
        await recheckNow(db, link, now());
        await deps.wake();
        return `Monitoring ${input.pageUrl}; the first check runs now.`;
      }),
    edit: (id: string, patch: Partial<Pick<MonitoredLink, 'expected' | 'frequency' | 'active'>>) =>
      act(id, 'Saving…', async () => {
        await editMonitoredLink(db, id, patch);
        return 'Saved.';
      }),
    recheck: (link: MonitoredLink) =>
      act(link.id, 'Checking…', async () => {
        await recheckNow(db, link, now());
        await deps.wake();
        return `Re-check of ${link.pageUrl} queued.`;
      }),
    verifyInTab: (link: MonitoredLink) =>
      act(link.id, 'Opening the page in a tab…', async () => {
        const scan = await deps.scanInTab(link.pageUrl);
        const applied = await applyTabScan(db, link.id, scan, now());
        return applied ? `Checked in a tab: ${applied.link.state}. ${applied.observation.detail}` : 'The link is no longer monitored.';
      }),
    remove: (link: MonitoredLink) =>
      act(link.id, 'Removing…', async () => {
        await stopMonitoring(db, link.id);
        return `Stopped monitoring ${link.pageUrl}.`;
      }),
    exportCsv: () =>
      act('export', 'Exporting…', async () => {
        const all = await monitoredLinksByCheck(db);
        deps.download(`linkscout-monitored-links-${new Date(now()).toISOString().slice(0, 10)}.csv`, new Blob([monitorCsv(all)], { type: 'text/csv;charset=utf-8' }));
        return `Exported ${all.length} monitored link${all.length === 1 ? '' : 's'}.`;
      }),
  };
}

export type Monitoring = ReturnType<typeof createMonitoring>;
