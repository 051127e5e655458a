import { computed, signal } from '@preact/signals';
import type { LinkscoutDb } from '@/lib/db/database';
import type { BacklinkRow } from '@/lib/db/backlink-records';
import { allBacklinks, clearBacklinks, importBacklinks, reverifyBacklinks } from '@/lib/db/backlinks';
import { pendingReadCount } from '@/lib/db/read-jobs';
import { brandTermsFrom } from '@/lib/backlinks/anchors';
import { disavowCandidates, disavowText, type DisavowEntry } from '@/lib/backlinks/disavow';
import { backlinkProfile, rankBySpam } from '@/lib/backlinks/profile';
import { planBacklinkImport, planPastedUrls, type BacklinkImportPlan } from '@/lib/export/backlink-import';
import type { Settings } from '@/lib/schemas/settings';
import { bindLive } from '@/lib/state/live';

export interface BacklinksDeps {
  db: LinkscoutDb;
  settings: () => Promise<Settings>;
  wake: () => Promise<unknown>;
  download: (filename: string, blob: Blob) => void;
  now?: () => number;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The Backlinks view: imported links, their verification, the mixes, and the disavow builder. */
export function createBacklinks(deps: BacklinksDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => Date.now());
  const rows = signal<BacklinkRow[] | null>(null);
  const pending = signal(0);
  const plan = signal<BacklinkImportPlan | null>(null);
  const status = signal('');
  const error = signal('');
  /** Exact-match anchors above this share (0–1) raise the over-optimisation warning. */
  const exactThreshold = signal(0.3);
  const spamThreshold = signal(50);
  const context = signal<{ brandTerms: string[]; keywords: string[] }>({ brandTerms: [], keywords: [] });
  /** Domains the user ticked or unticked in the disavow builder; others follow the pre-selection. */
  const picks = signal<ReadonlyMap<string, boolean>>(new Map());

  const profile = computed(() => (rows.value ? backlinkProfile(rows.value, { ...context.value, exactThreshold: exactThreshold.value }) : null));
  const ranked = computed(() => (rows.value ? rankBySpam(rows.value).slice(0, 100) : []));
  const candidates = computed(() => (rows.value ? disavowCandidates(rows.value, spamThreshold.value) : []));
  const chosen = computed(() => candidates.value.filter((c) => picks.value.get(c.domain) ?? c.preselected));

  async function run(what: string, task: () => Promise<string>): Promise<void> {
    status.value = what;
    error.value = '';
    try {
      status.value = await task();
    } catch (e) {
      error.value = message(e);
      status.value = '';
    }
  }

  return {
    rows, pending, plan, status, error, exactThreshold, spamThreshold, profile, ranked, candidates, chosen, picks,
    start(): () => void {
      void deps.settings().then((s) => (context.value = { brandTerms: brandTermsFrom(s.ownDomains), keywords: s.keywords }));
      const stopRows = bindLive(rows, () => allBacklinks(db), (m) => (error.value = m));
      const stopPending = bindLive(pending, () => pendingReadCount(db, 'backlink'), (m) => (error.value = m));
      return () => {
        stopRows();
        stopPending();
      };
    },
    previewFile: (text: string) => {
      plan.value = planBacklinkImport(text);
    },
    previewPasted: (text: string) => {
      plan.value = planPastedUrls(text);
    },
    cancelImport: () => {
      plan.value = null;
    },
    applyImport: () =>
      run('Importing…', async () => {
        const p = plan.value;
        if (!p) return '';
        const result = await importBacklinks(db, p.rows, p.mapping.source === 'pasted line' ? 'paste' : p.format, now());
        plan.value = null;
        await deps.wake();
        return `Imported ${result.added} new and ${result.updated} known backlinks; ${result.queued} linking pages are being read.`;
      }),
    verifyAgain: () =>
      run('Queuing…', async () => {
        const n = await reverifyBacklinks(db, now());
        await deps.wake();
        return `${n} linking pages queued for reading.`;
      }),
    clear: () =>
      run('Deleting…', async () => {
        await clearBacklinks(db);
        return 'Backlinks deleted.';
      }),
    toggle: (domain: string, on: boolean) => {
      picks.value = new Map([...picks.value, [domain, on]]);
    },
    exportDisavow: () =>
      run('Building disavow.txt…', async () => {
        const entries: DisavowEntry[] = chosen.value.map((c) => ({ kind: 'domain', value: c.domain, reasons: c.reasons.length > 0 ? c.reasons : [`spam score ${c.score}`] }));
        deps.download('disavow.txt', new Blob([disavowText(entries, new Date(now()))], { type: 'text/plain;charset=utf-8' }));
        return `disavow.txt lists ${entries.length} domain${entries.length === 1 ? '' : 's'}.`;
      }),
  };
}

export type Backlinks = ReturnType<typeof createBacklinks>;
