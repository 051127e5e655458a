import { computed, signal } from '@preact/signals';
import type { PageScan } from '@/lib/schemas/page-scan';
import type { TabScanResult } from '@/lib/tab/scan-tab';
import { groupByDomain, linkTotals } from '@/lib/scan/summary';

export type PopupPhase =
  | { phase: 'loading' }
  | { phase: 'ready'; scan: PageScan; tabId: number }
  | { phase: 'restricted'; kind: string; message: string }
  | { phase: 'error'; message: string };

export type LinkScope = 'outbound' | 'internal' | 'all';

/** Signals behind the popup. `groupDomain` maps a host to its registrable domain. */
export function createPopupState(groupDomain: (host: string) => string) {
  const view = signal<PopupPhase>({ phase: 'loading' });
  const scope = signal<LinkScope>('outbound');
  const scan = computed(() => (view.value.phase === 'ready' ? view.value.scan : null));
  const totals = computed(() => (scan.value ? linkTotals(scan.value.links, groupDomain) : null));
  const visibleLinks = computed(() => {
    const links = scan.value?.links ?? [];
    if (scope.value === 'all') return links;
    const wantOutbound = scope.value === 'outbound';
    return links.filter((l) => l.outbound === wantOutbound);
  });
  const groups = computed(() => groupByDomain(visibleLinks.value, groupDomain));
  return { view, scope, scan, totals, visibleLinks, groups };
}

export type PopupState = ReturnType<typeof createPopupState>;

/** Runs a scan and moves the popup to the matching phase. Never throws. */
export async function loadScan(state: PopupState, run: () => Promise<TabScanResult>): Promise<void> {
  state.view.value = { phase: 'loading' };
  try {
    const result = await run();
    if (result.ok) {
      if (/pdf/i.test(result.scan.contentType)) {
        state.view.value = { phase: 'restricted', kind: 'pdf', message: "This is a PDF shown in the browser's viewer. Linkscout scans web pages, not PDF files." };
      } else {
        state.view.value = { phase: 'ready', scan: result.scan, tabId: result.tabId };
      }
    } else if (result.problem.kind === 'error') {
      state.view.value = { phase: 'error', message: result.problem.message };
    } else {
      state.view.value = { phase: 'restricted', kind: result.problem.kind, message: result.problem.message };
    }
  } catch (error) {
    state.view.value = { phase: 'error', message: `The page could not be scanned: ${error instanceof Error ? error.message : String(error)}` };
  }
}
