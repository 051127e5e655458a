import { checkAll } from '@/lib/check/check-batch';
import type { SafetyContext } from '@/lib/check/safety';
import type { LinkscoutDb } from '@/lib/db/database';
import type { CheckJob } from '@/lib/db/check-records';
import type { CheckerSettings } from '@/lib/schemas/settings';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { pendingItems, recordVerdict, setJobState, unfinishedJobs } from '@/lib/db/check-jobs';
import { errorText } from '@/lib/text/error-text';

export interface RunnerDeps {
  db: LinkscoutDb;
  fetch: typeof fetch;
  /** The fetch for a check from a given page (the network guard, lib/guard); `fetch` when absent. */
  fetchFor?: (safety: SafetyContext) => typeof fetch;
  now: () => number;
  settings: () => Promise<CheckerSettings>;
  /** Called after each recorded verdict (badge updates). */
  onProgress?: (job: CheckJob, verdict: LinkVerdict) => void;
  /** Called when a job cannot continue (storage failure…), with a message for the user. */
  onError?: (jobId: string, message: string) => void;
}

/**
 * Runs check jobs from the database. Everything it knows is in IndexedDB: if the service worker
 * is stopped mid-job, `resume()` on the next wake picks up the items still without a verdict.
 */
export class CheckRunner {
  private readonly active = new Map<string, AbortController>();

  constructor(private readonly deps: RunnerDeps) {}

  /** Starts every unfinished job not already running in this worker. */
  async resume(): Promise<void> {
    for (const job of await unfinishedJobs(this.deps.db)) {
      if (!this.active.has(job.id)) void this.run(job);
    }
  }

  isRunning(jobId: string): boolean {
    return this.active.has(jobId);
  }

  async cancel(jobId: string): Promise<boolean> {
    const controller = this.active.get(jobId);
    controller?.abort(new Error('cancelled'));
    const changed = await setJobState(this.deps.db, jobId, 'cancelled');
    return Boolean(controller) || changed > 0;
  }

  private async run(job: CheckJob): Promise<void> {
    const { db, now } = this.deps;
    const controller = new AbortController();
    this.active.set(job.id, controller);
    try {
      const items = await pendingItems(db, job.id);
      if (items.length === 0) {
        await setJobState(db, job.id, 'done');
        return;
      }
      await setJobState(db, job.id, 'running');
      const settings = await this.deps.settings();
      const byUrl = new Map(items.map((i) => [i.url, i]));
      // Verdicts are written one after another, in the order they arrive.
      let writes: Promise<unknown> = Promise.resolve();
      const safety: SafetyContext = { pageUrl: job.safetyPageUrl ?? 'about:blank', allowPrivate: settings.allowPrivateNetwork, exclusions: settings.exclusions };
      await checkAll(
        items.map((i) => i.url),
        { fetch: this.deps.fetchFor?.(safety) ?? this.deps.fetch, now },
        {
          signal: controller.signal,
          check: { timeoutMs: settings.timeoutMs, maxHops: settings.hopLimit, safety },
          queue: { perHost: settings.perHostConcurrency, gapMs: settings.minGapMs, globalLimit: settings.globalConcurrency },
        },
        (verdict) => {
          const item = byUrl.get(verdict.url);
          if (!item) return;
          writes = writes.then(async () => {
            const updated = await recordVerdict(db, item, verdict);
            if (updated) this.deps.onProgress?.(updated, verdict);
          });
        },
      );
      await writes;
    } catch (error) {
      if (!controller.signal.aborted) {
        const message = errorText(error);
        this.deps.onError?.(job.id, message);
      }
    } finally {
      this.active.delete(job.id);
    }
  }
}
