import { checkAll, type NetworkState } from '@/lib/check/check-batch';
import { HostQueue } from '@/lib/check/host-queue';
import type { NetworkStatus } from '@/lib/check/network-watch';
import type { SafetyContext } from '@/lib/check/safety';
import type { LinkscoutDb } from '@/lib/db/database';
import { applyVerdictToProspect } from '@/lib/db/prospect-dead-links';
import type { CheckJob } from '@/lib/db/check-records';
import type { CheckerSettings } from '@/lib/schemas/settings';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { cancelJob, claimJob, noteAttempt, pendingItems, recordVerdict, setJobState, setPaused, unfinishedJobs } from '@/lib/db/check-jobs';

/** A job with nothing left to check is done (every verdict was cached, or recorded before a stop). */
const recordEmpty = (db: LinkscoutDb, jobId: string) => setJobState(db, jobId, 'done');
import { errorText } from '@/lib/text/error-text';

export interface RunnerDeps {
  db: LinkscoutDb;
  fetch: typeof fetch;
  /** The fetch for a check from a given page (the network guard, lib/guard); `fetch` when absent. */
  fetchFor?: (safety: SafetyContext) => typeof fetch;
  now: () => number;
  settings: () => Promise<CheckerSettings>;
  /** The background's one host queue, shared with page reads so per-host limits hold across both. */
  queue?: HostQueue;
  /** The browser's view of the connection (`navigator.onLine` and its events). */
  network?: NetworkStatus;
  /** Called after each recorded verdict (badge updates, prospects saved before the verdict). */
  onProgress?: (job: CheckJob, verdict: LinkVerdict) => void;
  /** Called when a job cannot continue (storage failure…), with a message for the user. */
  onError?: (jobId: string, message: string) => void;
}

/**
 * Runs check jobs from the database. Everything it knows is in IndexedDB: if the service worker
 * is stopped mid-job, `resume()` on the next wake picks up the items still without a verdict,
 * with the attempts they already used. One host queue serves every job, so the per-host limit
 * holds across tabs. Starting and cancelling a job take the same per-job lock.
 */
export class CheckRunner {
  private readonly active = new Map<string, AbortController>();
  private readonly locks = new Map<string, Promise<unknown>>();
  private queue: HostQueue | null;

  constructor(private readonly deps: RunnerDeps) {
    this.queue = deps.queue ?? null;
  }

  /** Starts every unfinished job not already running in this worker. */
  async resume(): Promise<void> {
    for (const job of await unfinishedJobs(this.deps.db)) void this.start(job.id);
  }

  isRunning(jobId: string): boolean {
    return this.active.has(jobId);
  }

  cancel(jobId: string): Promise<boolean> {
    return this.locked(jobId, async () => {
      const controller = this.active.get(jobId);
      controller?.abort(new Error('cancelled'));
      const changed = await cancelJob(this.deps.db, jobId);
      return Boolean(controller) || changed;
    });
  }

  /** Runs `task` after every earlier task on the same job has finished. */
  private locked<T>(jobId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(jobId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.then(() => undefined, () => undefined);
    this.locks.set(jobId, settled);
    void settled.then(() => {
      if (this.locks.get(jobId) === settled) this.locks.delete(jobId);
    });
    return next;
  }

  private start(jobId: string): Promise<void> {
    const claimed = this.locked(jobId, async () => {
      if (this.active.has(jobId)) return null;
      const job = await claimJob(this.deps.db, jobId);
      if (!job) return null;
      const controller = new AbortController();
      this.active.set(jobId, controller);
      return { job, controller };
    });
    return claimed.then((run) => (run ? this.run(run.job, run.controller) : undefined)).catch((error: unknown) => {
      this.deps.onError?.(jobId, errorText(error));
    });
  }

  private async sharedQueue(settings: CheckerSettings): Promise<HostQueue> {
    const options = { perHost: settings.perHostConcurrency, gapMs: settings.minGapMs, globalLimit: settings.globalConcurrency };
    if (this.queue) this.queue.configure(options);
    else this.queue = new HostQueue({ ...options, now: this.deps.now });
    return this.queue;
  }

  private async run(job: CheckJob, controller: AbortController): Promise<void> {
    const { db, now } = this.deps;
    const signal = controller.signal;
    try {
      const items = await pendingItems(db, job.id);
      signal.throwIfAborted();
      if (items.length === 0) {
        await recordEmpty(db, job.id);
        return;
      }
      const settings = await this.deps.settings();
      signal.throwIfAborted();
      const queue = await this.sharedQueue(settings);
      const byUrl = new Map(items.map((i) => [i.url, i]));
      // Verdicts and pauses are written one after another, in the order they arrive.
      let writes: Promise<unknown> = Promise.resolve();
      const safety: SafetyContext = { pageUrl: job.safetyPageUrl ?? 'about:blank', allowPrivate: settings.allowPrivateNetwork, allowOneClick: settings.allowOneClickLinks, exclusions: settings.exclusions };
      const write = (step: () => Promise<unknown>) => {
        writes = writes.then(step);
      };
      const onNetwork = ({ paused, pending }: NetworkState) =>
        write(() => setPaused(db, job.id, paused ? { reason: paused, since: now(), pending } : null));
      await checkAll(
        items.map((i) => i.url),
        { fetch: this.deps.fetchFor?.(safety) ?? this.deps.fetch, now },
        {
          signal, queue, network: this.deps.network, onNetwork,
          priorAttempts: new Map(items.map((i) => [i.url, i.attempts])),
          onStart: async (url) => {
            const item = byUrl.get(url);
            if (item) await noteAttempt(db, item.id);
          },
          check: {
            timeoutMs: settings.timeoutMs,
            urlBudgetMs: settings.urlBudgetMs,
            maxHops: settings.hopLimit,
            safety,
          },
        },
        (verdict) => {
          const item = byUrl.get(verdict.url);
          if (!item) return;
          write(async () => {
            const updated = await recordVerdict(db, item, verdict);
            if (!updated) return;
            this.deps.onProgress?.(updated, verdict);
            // The page may have been saved as a prospect before this verdict arrived.
            await applyVerdictToProspect(db, job.pageUrl, verdict, now());
          });
        },
      );
      await writes;
    } catch (error) {
      if (!signal.aborted) {
        const message = errorText(error);
        this.deps.onError?.(job.id, message);
      }
    } finally {
      this.active.delete(job.id);
    }
  }
}
