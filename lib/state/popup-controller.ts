import type { LinkscoutDb } from '@/lib/db/database';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import type { TabScanResult } from '@/lib/tab/scan-tab';
import { copyText, loadScan, type PopupState } from './popup-state';
import { toggleHighlight } from './popup-highlight';
import { linksToCheck, startCheck } from './check-state';
import { watchChecks } from './check-live';
import { editProspect, saveProspect, watchProspect } from './prospect-state';
import type { ProspectPatch } from '@/lib/db/prospect-patch';

export interface PopupDeps {
  db: LinkscoutDb;
  scan: () => Promise<TabScanResult>;
  writeClipboard: (text: string) => Promise<void>;
  setHighlight: (tabId: number, links: readonly ScannedLink[], on: boolean, verdicts?: ReadonlyMap<string, LinkVerdict>) => Promise<number>;
  openSettings: () => void;
  send: Parameters<typeof startCheck>[1];
  cancel: (jobId: string) => Promise<unknown>;
  /** Wakes the background so it resumes an unfinished check (it may have been stopped). */
  resume: () => Promise<unknown>;
  download: (filename: string, text: string, type: string) => void;
  openDashboard: () => void;
}

/** The popup's actions, and the live link-check subscription that follows each scan. */
export function createPopupController(state: PopupState, deps: PopupDeps) {
  let stopWatching: (() => void)[] = [];
  const ready = () => (state.view.value.phase === 'ready' ? state.view.value : null);

  const check = (links: readonly ScannedLink[], force: boolean) => {
    const view = ready();
    if (!view) return;
    void startCheck(state.check, deps.send, { tabId: view.tabId, pageUrl: view.scan.url, links, force });
  };

  return {
    rescan: async () => {
      stopWatching.forEach((stop) => stop());
      stopWatching = [];
      await loadScan(state, deps.scan);
      const view = ready();
      if (!view) return;
      stopWatching = [
        watchChecks(state.check, deps.db, view.scan.url, view.scan.links.map((l) => l.key)),
        watchProspect(state.prospect, deps.db, view.scan.url),
      ];
      const pending = await deps.db.checkJobs.where('state').anyOf('queued', 'running').count();
      if (pending > 0) await deps.resume().catch((error: unknown) => (state.check.error.value = `Could not resume the unfinished check: ${error instanceof Error ? error.message : String(error)}`));
    },
    copy: (text: string, what: string) => void copyText(state, text, what, deps.writeClipboard),
    toggleHighlight: () => void toggleHighlight(state, deps.setHighlight),
    openSettings: deps.openSettings,
    check: (force: boolean) => {
      const view = ready();
      if (view) check(linksToCheck(view.scan.links, state.visibleLinks.value, state.check.scope.value), force);
    },
    recheck: (link: ScannedLink) => check([link], true),
    cancel: () => {
      const job = state.check.job.value;
      if (job) deps.cancel(job.id).catch((error: unknown) => (state.check.error.value = `Cancel failed: ${error instanceof Error ? error.message : String(error)}`));
    },
    saveProspect: () => {
      const view = ready();
      if (view) void saveProspect(state.prospect, deps.db, view.scan, state.check.verdicts.value);
    },
    editProspect: (patch: ProspectPatch) => void editProspect(state.prospect, deps.db, patch),
    openDashboard: deps.openDashboard,
    exportReport: async () => {
      const view = ready();
      if (!view) return;
      // Loaded on demand: the CSV writer is not needed to show the popup.
      const loaded = await import('@/lib/export/link-report').catch((error: unknown) => {
        state.check.error.value = `The link report could not be made: ${error instanceof Error ? error.message : String(error)}`;
        return null;
      });
      if (!loaded) return;
      const { linkReportCsv } = loaded;
      const byUrl = new Map<string, LinkVerdict>();
      for (const l of view.scan.links) {
        const v = state.check.verdicts.value.get(l.key);
        if (v) byUrl.set(l.url, v);
      }
      const host = new URL(view.scan.url).hostname || 'page';
      deps.download(`linkscout-links-${host}.csv`, linkReportCsv(view.scan, byUrl), 'text/csv;charset=utf-8');
    },
  };
}

export type PopupController = ReturnType<typeof createPopupController>;
