import { hostOf } from '@/lib/check/batch-parts';
import { HostQueue, TASKS_PER_GLOBAL_SLOT } from '@/lib/check/host-queue';
import type { LinkscoutDb } from '@/lib/db/database';
import { dueReadJobs, failRead, markHandled, markStarted, recordReads, unhandledReads } from '@/lib/db/read-jobs';
import type { ReadJob, ReadPurpose } from '@/lib/db/read-records';
import { readPage, type ReaderDeps } from '@/lib/reader/read-page';
import type { PageRead } from '@/lib/schemas/page-read';
import type { Settings } from '@/lib/schemas/settings';
import { errorText } from '@/lib/text/error-text';
import { coalesce } from './coalesce';
import { runPool } from './read-pool';

/** What an owner does with a finished read (monitoring states, backlink verification). Database writes only. */
export type ReadHandler = (job: ReadJob, read: PageRead) => Promise<void>;

/** An owner that also wants to know when its read starts and when it fails outright (no page, no verdict). */
export interface ReadOwner {
  read: ReadHandler;
  started?: (job: ReadJob) => Promise<void>;
  failed?: (job: ReadJob, error: string) => Promise<void>;
}

export interface ReadRunnerDeps {
  db: LinkscoutDb;
  fetch: typeof fetch;
  now: () => number;
  settings: () => Promise<Settings>;
  parse: ReaderDeps['parse'];
  handlers: Partial<Record<ReadPurpose, ReadHandler | ReadOwner>>;
  /** The background's one host queue, shared with link checks so per-host limits hold across both. */
  queue?: HostQueue;
  onError?: (message: string) => void;
}

/** Due reads looked at at once; the pool looks again as they run out. */
const WINDOW = 2_000;
const safeHost = (url: string) => (URL.canParse(url) ? hostOf(url) : url);

/**
 * Runs due page reads from the database as a continuous pool through the host queue shared with
 * link checks. All it knows is in IndexedDB: after a stopped worker, `resume()` re-runs reads left
 * `running` and hands stored results and failures (`read`) to owners that had not seen them.
 */
export class ReadRunner {
  private loop: Promise<void> | null = null;
  private again = false;
  private readonly stop = new AbortController();
  // Progress writes of reads that finish or start close together share one transaction each.
  private readonly started = coalesce((ids: string[]) => markStarted(this.deps.db, ids));
  private readonly stored = coalesce((reads: { id: string; result: PageRead; now: number }[]) => recordReads(this.deps.db, reads));
  private readonly handled = coalesce((ids: string[]) => markHandled(this.deps.db, ids));

  constructor(private readonly deps: ReadRunnerDeps) {}

  /** Runs everything due; resolves when nothing due is left. Calls while running join the run. */
  resume(): Promise<void> {
    this.again = true;
    this.loop ??= this.drain().finally(() => {
      this.loop = null;
    });
    return this.loop;
  }

  dispose(): void {
    this.stop.abort(new Error('stopped'));
  }

  private async drain(): Promise<void> {
    const { db, now } = this.deps;
    while (this.again && !this.stop.signal.aborted) {
      this.again = false;
      for (const job of await unhandledReads(db)) {
        if (job.result) await this.hand(job, job.result);
        else await this.handFailure(job, job.error ?? 'the read stopped without a result');
      }
      const settings = await this.deps.settings();
      const { perHostConcurrency: perHost, minGapMs: gapMs, globalConcurrency: globalLimit } = settings.checker;
      const queue = (this.deps.queue ??= new HostQueue({ perHost, gapMs, globalLimit, now }));
      queue.configure({ perHost, gapMs, globalLimit });
      await runPool({
        due: () => dueReadJobs(db, now(), WINDOW), hostOf: safeHost, perHost, total: globalLimit * TASKS_PER_GLOBAL_SLOT,
        run: (job, fetched) => this.runOne(job, queue, settings, fetched), stopped: () => this.stop.signal.aborted,
        news: () => {
          const news = this.again;
          this.again = false;
          return news;
        },
      });
    }
  }

  private owner(job: ReadJob): ReadOwner | undefined {
    const h = this.deps.handlers[job.purpose];
    return typeof h === 'function' ? { read: h } : h;
  }

  private async runOne(job: ReadJob, queue: HostQueue, settings: Settings, fetched: () => void): Promise<void> {
    const { db, now } = this.deps;
    // Withdrawn (paused, cancelled) after the pool took it but before its turn came: it does not run.
    const withdrawn = new AbortController();
    const signal = AbortSignal.any([this.stop.signal, withdrawn.signal]);
    const onStart = async () => {
      if (!(await this.started(job.id))) return withdrawn.abort(new Error('withdrawn'));
      await this.owner(job)?.started?.(job).catch((e: unknown) => this.deps.onError?.(`Marking ${job.url} as being read failed: ${errorText(e)}`));
    };
    try {
      const read = await readPage(job.url, { fetch: this.deps.fetch, now, queue, parse: this.deps.parse }, {
        signal, onStart, onFetched: fetched,
        scan: { ownDomains: settings.ownDomains, keywords: settings.keywords },
        check: {
          timeoutMs: settings.checker.timeoutMs, maxHops: settings.checker.hopLimit,
          safety: { allowPrivate: settings.checker.allowPrivateNetwork, allowOneClick: settings.checker.allowOneClickLinks, exclusions: settings.checker.exclusions },
        },
      });
      await this.stored({ id: job.id, result: read, now: now() });
      await this.hand(job, read);
    } catch (error) {
      if (signal.aborted) return; // stopped: the job stays running and is resumed on the next wake; withdrawn: it stays cancelled
      const message = errorText(error);
      this.deps.onError?.(`Reading ${job.url} failed: ${message}`);
      try {
        await failRead(db, job.id, message, now());
        await this.handFailure(job, message);
      } catch (e) {
        this.deps.onError?.(errorText(e));
      }
    }
  }

  private async hand(job: ReadJob, read: PageRead): Promise<void> {
    await this.settle(job, () => this.owner(job)?.read(job, read));
  }

  private async handFailure(job: ReadJob, error: string): Promise<void> {
    await this.settle(job, () => this.owner(job)?.failed?.(job, error));
  }

  /** Tells the owner, then marks the job done; left in "read" when the owner fails, so the next resume tells it again. */
  private async settle(job: ReadJob, tell: () => Promise<void> | undefined): Promise<void> {
    try {
      await tell();
      await this.handled(job.id);
    } catch (error) {
      this.deps.onError?.(`Using the read of ${job.url} failed: ${errorText(error)}`);
    }
  }
}
