import { computed, signal } from '@preact/signals';
import type { PageScan } from '@/lib/schemas/page-scan';
import type { TabScanResult } from '@/lib/tab/scan-tab';
import { groupByDomain, limitGroups, linkTotals } from '@/lib/scan/summary';
import { filterLinks, type LinkFilter } from './link-filter';
import { createCheckState, filterByVerdict } from './check-state';
import { createProspectState } from './prospect-state';

export type PopupPhase =
  | { phase: 'loading' }
  | { phase: 'ready'; scan: PageScan; tabId: number }
  | { phase: 'restricted'; kind: string; message: string }
  | { phase: 'error'; message: string };

export type PopupTab = 'links' | 'contacts' | 'page';

export const ROW_PAGE = 300;

/** Signals behind the popup. `groupDomain` maps a host to its registrable domain. */
export function createPopupState(groupDomain: (host: string) => string) {
  const view = signal<PopupPhase>({ phase: 'loading' });
  const tab = signal<PopupTab>('links');
  const filter = signal<LinkFilter>('outbound');
  const query = signal('');
  const grouped = signal(true);
  const highlight = signal<{ on: boolean; error?: string }>({ on: false });
  /** A short confirmation or failure after copying, read by screen readers. */
  const notice = signal('');
  const scan = computed(() => (view.value.phase === 'ready' ? view.value.scan : null));
  const totals = computed(() => (scan.value ? linkTotals(scan.value.links, groupDomain) : null));
  const check = createCheckState();
  const visibleLinks = computed(() =>
    filterByVerdict(filterLinks(scan.value?.links ?? [], filter.value, query.value), check.verdicts.value, check.classFilter.value),
  );
  /** How many rows the list renders; long pages grow it on demand instead of rendering 100,000 rows. */
  const rowLimit = signal(ROW_PAGE);
  const groups = computed(() => limitGroups(groupByDomain(visibleLinks.value, groupDomain), rowLimit.value));
  const prospect = createProspectState();
  return { view, tab, filter, query, grouped, highlight, notice, scan, totals, visibleLinks, groups, rowLimit, check, prospect };
}

export type PopupState = ReturnType<typeof createPopupState>;

const PDF_MESSAGE = "This is a PDF shown in the browser's viewer. Linkscout scans web pages, not PDF files.";

/** Runs a scan and moves the popup to the matching phase. Never throws. */
export async function loadScan(state: PopupState, run: () => Promise<TabScanResult>): Promise<void> {
  state.view.value = { phase: 'loading' };
  try {
    const result = await run();
    if (result.ok) {
      state.view.value = /pdf/i.test(result.scan.contentType)
        ? { phase: 'restricted', kind: 'pdf', message: PDF_MESSAGE }
        : { phase: 'ready', scan: result.scan, tabId: result.tabId };
    } else if (result.problem.kind === 'error') {
      state.view.value = { phase: 'error', message: result.problem.message };
    } else {
      state.view.value = { phase: 'restricted', kind: result.problem.kind, message: result.problem.message };
    }
  } catch (error) {
    state.view.value = { phase: 'error', message: `The page could not be scanned: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Copies text through `write` and leaves a notice saying what happened. */
export async function copyText(state: PopupState, text: string, what: string, write: (t: string) => Promise<void>): Promise<void> {
  try {
    await write(text);
    state.notice.value = `Copied ${what}.`;
  } catch (error) {
    state.notice.value = `Could not copy ${what}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
