import { signal } from '@preact/signals';
import type { LinkscoutDb } from '@/lib/db/database';
import { pipelineSummary, type PipelineSummary } from '@/lib/db/pipeline';
import { bindLive } from '../live';

export type PipelineState = { phase: 'loading' } | { phase: 'ready'; summary: PipelineSummary } | { phase: 'error'; message: string };

/** The pipeline view's numbers, live while the view is open. */
export function createDashboardPipeline(db: LinkscoutDb, now: () => number = Date.now) {
  const summary = signal<PipelineState>({ phase: 'loading' });
  const ready = signal<PipelineSummary | null>(null);
  return {
    summary,
    /** Starts the live counts; returns the stop. */
    watch: () => {
      const stopReady = ready.subscribe((value) => {
        if (value) summary.value = { phase: 'ready', summary: value };
      });
      const stopLive = bindLive(ready, () => pipelineSummary(db, now()), (message) => (summary.value = { phase: 'error', message }));
      return () => {
        stopLive();
        stopReady();
      };
    },
  };
}

export type DashboardPipeline = ReturnType<typeof createDashboardPipeline>;
