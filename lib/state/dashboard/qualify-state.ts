import { computed, signal } from '@preact/signals';
import type { QualifyJob, QualifyRow } from '@/lib/db/qualify-records';
import type { QualifyRules } from '@/lib/qualify/types';
import { DEFAULT_QUALIFY_RULES } from '@/lib/qualify/types';
import { judgeRow, sortJudged } from '@/lib/qualify/table';

/** Signals behind the Qualification view. `domainOf` maps a URL to its registrable domain. */
export function createQualifyState(domainOf: (url: string) => string) {
  const jobs = signal<QualifyJob[] | null>(null);
  /** The job on screen; null shows the newest. */
  const chosenId = signal<string | null>(null);
  /** The job's rows and what the prospect store knows of their domains, read together (one live query). */
  const table = signal<{ rows: QualifyRow[]; prospectDomains: Set<string>; contactedDomains: Set<string> } | null>(null);
  const rows = computed(() => table.value?.rows ?? []);
  const rules = signal<QualifyRules>(DEFAULT_QUALIFY_RULES);
  const selected = signal<ReadonlySet<string>>(new Set());
  const input = signal('');
  const deeper = signal(true);
  const busy = signal(false);
  const error = signal('');
  const notice = signal('');
  const job = computed(() => {
    const list = jobs.value ?? [];
    return list.find((j) => j.id === chosenId.value) ?? list[0] ?? null;
  });
  const judged = computed(() =>
    sortJudged(rows.value.map((r) => judgeRow(r, { domainOf, prospectDomains: table.value?.prospectDomains ?? new Set(), contactedDomains: table.value?.contactedDomains ?? new Set() }, rules.value))),
  );
  const qualified = computed(() => judged.value.filter((r) => r.score !== null));
  return { jobs, chosenId, table, rows, rules, selected, input, deeper, busy, error, notice, job, judged, qualified };
}

export type QualifyState = ReturnType<typeof createQualifyState>;
