import type { ReadJob } from '@/lib/db/read-records';

export interface PoolSource {
  /** Due reads, oldest first (it may list reads this pool already started). */
  due: () => Promise<ReadJob[]>;
  /** The key the host queue limits by. */
  hostOf: (url: string) => string;
  /** Reads started at once for one host (the per-host limit). */
  perHost: number;
  /** Reads started at once overall. */
  total: number;
  /**
   * Runs one read to its end; never rejects. Calls `fetched` once its requests are over: parsing
   * and storing need no host, so the host's next read may start then.
   */
  run: (job: ReadJob, fetched: () => void) => Promise<void>;
  stopped: () => boolean;
  /** True once when more reads were queued since the last call (an owner woke the reader). */
  news: () => boolean;
}

/**
 * Runs due reads as a continuous pool: a read starts as soon as its host has room, without waiting
 * for a batch to finish, so every host with work stays busy; the shared host queue then spaces the
 * requests (per-host limit, gap, Retry-After). Due reads are looked up again whenever the waiting
 * list runs dry or an owner queued more. Resolves once nothing due is left and nothing runs.
 */
export async function runPool(src: PoolSource): Promise<void> {
  const running = new Map<string, Promise<void>>();
  const perHost = new Map<string, number>();
  // A read runs once per pool, even if its record could not be updated (storage failing).
  const seen = new Set<string>();
  let waiting: ReadJob[] = [];
  let look = true;
  // Wakes the loop when a host has room again, not only when a whole read has finished.
  let hostFreed: (() => void) | undefined;
  let freedMeanwhile = false;
  while (!src.stopped()) {
    if (src.news() || look) {
      look = false;
      waiting = (await src.due()).filter((j) => !seen.has(j.id));
    }
    const rest: ReadJob[] = [];
    for (const job of waiting) {
      const host = src.hostOf(job.url);
      const started = perHost.get(host) ?? 0;
      if (started >= src.perHost || running.size >= src.total) {
        rest.push(job);
        continue;
      }
      perHost.set(host, started + 1);
      seen.add(job.id);
      let freed = false;
      const free = () => {
        if (freed) return;
        freed = true;
        perHost.set(host, (perHost.get(host) ?? 1) - 1);
        freedMeanwhile = true;
        hostFreed?.();
      };
      const done = src.run(job, free).finally(() => {
        free();
        running.delete(job.id);
      });
      running.set(job.id, done);
    }
    waiting = rest;
    if (running.size === 0) break; // nothing due, or nothing that may start
    if (!freedMeanwhile) await Promise.race([...running.values(), new Promise<void>((resolve) => (hostFreed = resolve))]);
    hostFreed = undefined;
    freedMeanwhile = false;
    if (waiting.length === 0) look = true;
  }
  await Promise.allSettled(running.values());
}
