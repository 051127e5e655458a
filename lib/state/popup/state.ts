import { computed, signal } from '@preact/signals';
import type { CheckJob } from '@/lib/db/check-records';
import type { DomainSummary } from '@/lib/db/prospect-lookups';
import type { LinkVerdict, VerdictClass } from '@/lib/schemas/link-verdict';
import type { PageScan } from '@/lib/schemas/page-scan';
import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { PopupCompose } from './compose';
import { groupByDomain, limitGroups, linkTotals } from '@/lib/scan/summary';
import { filterLinks, type LinkFilter } from './link-filter';
import { brokenFirst, filterByVerdict, type CheckScope, type ClassFilter } from './check-filter';

export type PopupPhase =
  | { phase: 'loading' }
  | { phase: 'ready'; scan: PageScan; tabId: number }
  | { phase: 'restricted'; kind: string; message: string }
  | { phase: 'error'; message: string };

export type PopupTab = 'links' | 'contacts' | 'page';

/** Rows the list renders at first and adds per "Show more". */
export const ROW_PAGE = 300;

/** Link checking in the popup: the page's latest job and every known verdict by link key. */
function createCheckState() {
  const job = signal<CheckJob | null>(null);
  const verdicts = signal<ReadonlyMap<string, LinkVerdict>>(new Map());
  const scope = signal<CheckScope>('outbound');
  const classFilter = signal<ClassFilter>('any');
  const error = signal('');
  const running = computed(() => job.value?.state === 'running' || job.value?.state === 'queued');
  const counts = computed(() => {
    const c = new Map<VerdictClass, number>();
    for (const v of verdicts.value.values()) c.set(v.class, (c.get(v.class) ?? 0) + 1);
    return c;
  });
  return { job, verdicts, scope, classFilter, error, running, counts };
}

/** The page as a prospect: saved or not, and what else is known about its domain. */
function createProspectState() {
  return {
    saved: signal<Prospect | null>(null),
    domain: signal<DomainSummary | null>(null),
    campaigns: signal<Campaign[]>([]),
    error: signal(''),
    busy: signal(false),
  };
}

/** Signals behind the popup. */
export function createPopupState() {
  const view = signal<PopupPhase>({ phase: 'loading' });
  /** Registrable domain of each link host, looked up before the scan is shown (lib/tab/domains.ts). */
  const domains = signal<ReadonlyMap<string, string>>(new Map());
  const groupDomain = (host: string) => domains.value.get(host) ?? host;
  /** Compose and the do-not-contact line: set once storage has loaded, after the links show. */
  const compose = signal<PopupCompose | null>(null);
  const tab = signal<PopupTab>('links');
  const filter = signal<LinkFilter>('content');
  /** The list's order: page order, or the worst verdicts first. */
  const brokenOrder = signal(false);
  const query = signal('');
  const grouped = signal(true);
  const highlight = signal<{ on: boolean; error?: string }>({ on: false });
  /** A short confirmation or failure after copying, read by screen readers. */
  const notice = signal('');
  const scan = computed(() => (view.value.phase === 'ready' ? view.value.scan : null));
  const totals = computed(() => (scan.value ? linkTotals(scan.value.links, groupDomain) : null));
  const check = createCheckState();
  const visibleLinks = computed(() => {
    const listed = filterByVerdict(filterLinks(scan.value?.links ?? [], filter.value, query.value), check.verdicts.value, check.classFilter.value);
    return brokenOrder.value ? brokenFirst(listed, check.verdicts.value) : listed;
  });
  /** How many rows the list renders; long pages grow it on demand instead of rendering 100,000 rows. */
  const rowLimit = signal(ROW_PAGE);
  const groups = computed(() => {
    const all = groupByDomain(visibleLinks.value, groupDomain);
    if (brokenOrder.value) {
      // Worst first: a group sits where its worst link does in the ordered list.
      const at = new Map(visibleLinks.value.map((l, i) => [l.key, i]));
      all.sort((a, b) => (at.get(a.links[0]?.key ?? '') ?? 0) - (at.get(b.links[0]?.key ?? '') ?? 0));
    }
    return limitGroups(all, rowLimit.value);
  });
  const prospect = createProspectState();
  return { view, domains, compose, tab, filter, brokenOrder, query, grouped, highlight, notice, scan, totals, visibleLinks, groups, rowLimit, check, prospect };
}

export type PopupState = ReturnType<typeof createPopupState>;
