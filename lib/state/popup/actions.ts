import type { LinkscoutDb } from '@/lib/db/database';
import type { PageScan, ScannedLink } from '@/lib/schemas/page-scan';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import type { TabScanResult } from '@/lib/tab/scan-core';
import { errorText } from '@/lib/text/error-text';
import { counted, plural } from '@/lib/text/plural';
import { ROW_PAGE, type PopupState, type PopupTab } from './state';
import { createRescan } from './rescan';
import type { LinkFilter } from './link-filter';
import { prospectActions } from './prospect-actions';
import { linksToCheck, type CheckScope, type ClassFilter } from './check-filter';

type CheckRequest = { type: 'check-links'; tabId: number | null; pageUrl: string; urls: string[]; force: boolean };

/** What the popup needs from the browser, the background and the database. */
export interface PopupDeps {
  /** The database, loaded after the links are on screen. */
  db: () => Promise<LinkscoutDb>;
  /** The tab's scan, checked for the shape the list needs ... */
  scan: () => Promise<TabScanResult>;
  /** ... and against the whole scan schema once the links are on screen. */
  validate: (scan: PageScan, tabId: number) => Promise<TabScanResult>;
  /** Registrable domains of URLs or hosts, in order. */
  domains: (names: readonly string[]) => Promise<string[]>;
  /** Resolves once the browser has painted what is rendered now. */
  afterPaint: () => Promise<void>;
  writeClipboard: (text: string) => Promise<void>;
  setHighlight: (tabId: number, links: readonly ScannedLink[], on: boolean, verdicts?: ReadonlyMap<string, LinkVerdict>) => Promise<number>;
  openSettings: () => void;
  send: (req: CheckRequest) => Promise<{ jobId: string }>;
  cancel: (jobId: string) => Promise<unknown>;
  /** Wakes the background so it resumes an unfinished check (it may have been stopped). */
  resume: () => Promise<unknown>;
  download: (filename: string, text: string, type: string) => void;
  openDashboard: () => void;
  /** Scrolls the page to a link and flashes it; false when the link is not on the page. */
  scrollToLink: (tabId: number, key: string) => Promise<boolean>;
}

/** Everything the user does in the popup. Failures are shown in the state, never thrown. */
export function createPopupActions(state: PopupState, deps: PopupDeps) {
  const ready = () => (state.view.value.phase === 'ready' ? state.view.value : null);
  const { check: checks } = state;

  async function startCheck(links: readonly ScannedLink[], force: boolean): Promise<void> {
    const view = ready();
    if (!view) return;
    checks.error.value = '';
    if (links.length === 0) {
      checks.error.value = 'There are no links to check in this selection.';
      return;
    }
    try {
      await deps.send({ type: 'check-links', tabId: view.tabId, pageUrl: view.scan.url, urls: links.map((l) => l.key), force });
    } catch (error) {
      checks.error.value = `The check could not start: ${errorText(error)}`;
    }
  }

  async function copy(text: string, what: string): Promise<void> {
    try {
      await deps.writeClipboard(text);
      state.notice.value = `Copied ${what}.`;
    } catch (error) {
      state.notice.value = `Could not copy ${what}: ${errorText(error)}`;
    }
  }

  return {
    rescan: createRescan(state, deps),
    setTab: (tab: PopupTab) => (state.tab.value = tab),
    setFilter: (filter: LinkFilter) => (state.filter.value = filter),
    setQuery: (query: string) => (state.query.value = query),
    setGrouped: (on: boolean) => (state.grouped.value = on),
    setBrokenFirst: (on: boolean) => (state.brokenOrder.value = on),
    scrollTo: async (link: ScannedLink) => {
      const view = ready();
      if (!view) return;
      try {
        const found = await deps.scrollToLink(view.tabId, link.key);
        state.notice.value = found ? 'Scrolled to the link on the page.' : 'This link is no longer on the page (or sits inside a frame or a closed widget).';
      } catch (error) {
        state.notice.value = `Could not scroll to the link: ${errorText(error)}`;
      }
    },
    showMore: () => (state.rowLimit.value += ROW_PAGE),
    setScope: (scope: CheckScope) => (checks.scope.value = scope),
    setClassFilter: (filter: ClassFilter) => (checks.classFilter.value = filter),
    copy,
    copyUrls: (urls: readonly string[]) => copy(urls.join('\n'), counted(urls.length, 'URL')),
    toggleHighlight: async () => {
      const view = ready();
      if (!view) return;
      const on = !state.highlight.value.on;
      try {
        const marked = await deps.setHighlight(view.tabId, view.scan.links, on, checks.verdicts.value);
        state.highlight.value = { on };
        state.notice.value = on ? `Highlighted ${marked} ${plural(marked, 'link')} on the page.` : 'Highlighting removed.';
      } catch (error) {
        state.highlight.value = { on: state.highlight.value.on, error: `Highlighting failed: ${errorText(error)}` };
      }
    },
    openSettings: deps.openSettings,
    openDashboard: deps.openDashboard,
    check: (force: boolean) => {
      const view = ready();
      if (view) void startCheck(linksToCheck(view.scan.links, state.visibleLinks.value, checks.scope.value), force);
    },
    recheck: (link: ScannedLink) => void startCheck([link], true),
    cancel: async () => {
      const job = checks.job.value;
      if (!job) return;
      try {
        await deps.cancel(job.id);
      } catch (error) {
        checks.error.value = `Cancel failed: ${errorText(error)}`;
      }
    },
    ...prospectActions(state, deps, ready),
    exportReport: async () => {
      const view = ready();
      if (!view) return;
      try {
        // Loaded on demand: the CSV writer is not needed to show the popup.
        const { linkReportCsv } = await import('@/lib/export/link-report');
        const byUrl = new Map<string, LinkVerdict>();
        for (const l of view.scan.links) {
          const v = checks.verdicts.value.get(l.key);
          if (v) byUrl.set(l.url, v);
        }
        const host = new URL(view.scan.url).hostname || 'page';
        deps.download(`linkscout-links-${host}.csv`, linkReportCsv(view.scan, byUrl), 'text/csv;charset=utf-8');
      } catch (error) {
        checks.error.value = `The link report could not be made: ${errorText(error)}`;
      }
    },
  };
}

export type PopupActions = ReturnType<typeof createPopupActions>;
