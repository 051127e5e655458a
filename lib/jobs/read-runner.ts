import { HostQueue } from '@/lib/check/host-queue';
import type { LinkscoutDb } from '@/lib/db/database';
import { dueReadJobs, failRead, markHandled, markRunning, recordRead, unhandledReads } from '@/lib/db/read-jobs';
import type { ReadJob, ReadPurpose } from '@/lib/db/read-records';
import { readPage, type ReaderDeps } from '@/lib/reader/read-page';
import type { PageRead } from '@/lib/schemas/page-read';
import type { Settings } from '@/lib/schemas/settings';

/** What an owner does with a finished read (monitoring states, backlink verification). Database writes only. */
export type ReadHandler = (job: ReadJob, read: PageRead) => Promise<void>;

export interface ReadRunnerDeps {
  db: LinkscoutDb;
  fetch: typeof fetch;
  now: () => number;
  settings: () => Promise<Settings>;
  parse: ReaderDeps['parse'];
  handlers: Partial<Record<ReadPurpose, ReadHandler>>;
  onError?: (message: string) => void;
}

/**
 * Runs due page reads from the database, through one politeness queue shared by every read.
 * All it knows is in IndexedDB: after a stopped worker, `resume()` re-runs reads left `running`
 * and hands stored results (`read`) to owners that had not seen them.
 */
export class ReadRunner {
  private loop: Promise<void> | null = null;
  private again = false;
  private queue: HostQueue | null = null;
  private readonly stop = new AbortController();

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
      for (const job of await unhandledReads(db)) if (job.result) await this.hand(job, job.result);
      const settings = await this.deps.settings();
      const queue = (this.queue ??= new HostQueue({
        perHost: settings.checker.perHostConcurrency, gapMs: settings.checker.minGapMs, globalLimit: settings.checker.globalConcurrency,
      }));
      const batch = await dueReadJobs(db, now(), settings.checker.globalConcurrency * 4);
      if (batch.length === 0) continue;
      this.again = true;
      await markRunning(db, batch.map((j) => j.id));
      await Promise.all(batch.map((job) => this.runOne(job, queue, settings)));
    }
  }

  private async runOne(job: ReadJob, queue: HostQueue, settings: Settings): Promise<void> {
    const { db, now } = this.deps;
    try {
      const read = await readPage(job.url, { fetch: this.deps.fetch, now, queue, parse: this.deps.parse }, {
        signal: this.stop.signal,
        scan: { ownDomains: settings.ownDomains, keywords: settings.keywords },
        check: {
          timeoutMs: settings.checker.timeoutMs, maxHops: settings.checker.hopLimit,
          safety: { allowPrivate: settings.checker.allowPrivateNetwork, exclusions: settings.checker.exclusions },
        },
      });
      await recordRead(db, job.id, read, now());
      await this.hand(job, read);
    } catch (error) {
      if (this.stop.signal.aborted) return; // the job stays running and is resumed on the next wake
      const message = error instanceof Error ? error.message : String(error);
      this.deps.onError?.(`Reading ${job.url} failed: ${message}`);
      await failRead(db, job.id, message, now()).catch((e: unknown) => this.deps.onError?.(String(e)));
    }
  }

  private async hand(job: ReadJob, read: PageRead): Promise<void> {
    const handler = this.deps.handlers[job.purpose];
    try {
      if (handler) await handler(job, read);
      await markHandled(this.deps.db, job.id);
    } catch (error) {
      // Left in "read": the next resume hands it over again.
      this.deps.onError?.(`Using the read of ${job.url} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
