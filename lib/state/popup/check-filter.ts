import { computed, signal } from '@preact/signals';
import type { CheckJob } from '@/lib/db/check-records';
import type { LinkVerdict, VerdictClass } from '@/lib/schemas/link-verdict';
import type { ScannedLink } from '@/lib/schemas/page-scan';

export type CheckScope = 'outbound' | 'all' | 'listed';
export type ClassFilter = VerdictClass | 'any' | 'unchecked';

export const CLASS_LABELS: Record<VerdictClass, string> = {
  ok: 'OK',
  redirected: 'Redirected',
  broken: 'Broken',
  'server-error': 'Server error',
  blocked: 'Blocked',
  'rate-limited': 'Rate-limited',
  timeout: 'Timeout',
  'soft-404': 'Soft 404',
  parked: 'Parked',
  skipped: 'Skipped',
};

/** Signals for link checking in the popup: the page's latest job and every known verdict by link key. */
export function createCheckState() {
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

export type CheckState = ReturnType<typeof createCheckState>;

/** The links a check covers. */
export function linksToCheck(all: readonly ScannedLink[], listed: readonly ScannedLink[], scope: CheckScope): ScannedLink[] {
  if (scope === 'all') return [...all];
  if (scope === 'listed') return [...listed];
  return all.filter((l) => l.outbound);
}

/** Links narrowed by verdict class. */
export function filterByVerdict(links: readonly ScannedLink[], verdicts: ReadonlyMap<string, LinkVerdict>, filter: ClassFilter): ScannedLink[] {
  if (filter === 'any') return [...links];
  return links.filter((l) => {
    const v = verdicts.get(l.key);
    return filter === 'unchecked' ? !v : v?.class === filter;
  });
}

type Send = (req: { type: 'check-links'; tabId: number | null; pageUrl: string; urls: string[]; force: boolean }) => Promise<{ jobId: string }>;

/** Asks the background to check links; failures are shown in the check bar. */
export async function startCheck(state: CheckState, send: Send, input: { tabId: number | null; pageUrl: string; links: readonly ScannedLink[]; force: boolean }): Promise<void> {
  state.error.value = '';
  if (input.links.length === 0) {
    state.error.value = 'There are no links to check in this selection.';
    return;
  }
  try {
    await send({ type: 'check-links', tabId: input.tabId, pageUrl: input.pageUrl, urls: input.links.map((l) => l.key), force: input.force });
  } catch (error) {
    state.error.value = `The check could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
}
