import { defaultSleep, type Sleep } from '@/lib/check/options';

export interface HostQueueOptions {
  /** Links checked at once on one host, and requests in flight to one host. */
  perHost: number;
  /** Links checked at once overall. */
  globalLimit: number;
  /** Minimum time between two request starts to one host. */
  gapMs: number;
  /** The gap a slowed-down host never exceeds. */
  maxGapMs: number;
  /** Longest pause a Retry-After may impose on a host. */
  maxPauseMs: number;
  now: () => number;
  sleep: Sleep;
}

export const DEFAULT_QUEUE_OPTIONS: HostQueueOptions = {
  perHost: 2, globalLimit: 8, gapMs: 250, maxGapMs: 10_000, maxPauseMs: 60_000, now: () => Date.now(), sleep: defaultSleep,
};

interface HostState {
  tasks: number;
  active: number;
  limit: number;
  gapMs: number;
  nextStartAt: number;
  pausedUntil: number;
  maxActive: number;
}

interface Waiter {
  host: string;
  kind: 'task' | 'request';
  admit: () => void;
}

/**
 * Politeness per host. Two levels: `run` admits a whole link check (per-host and global caps);
 * `admit` admits each single request, including redirect hops to other hosts, keeping at most
 * `perHost` in flight per host and `gapMs` between their starts. A 429 slows the host down for
 * every link still queued for it.
 */
export class HostQueue {
  private readonly options: HostQueueOptions;
  private readonly hosts = new Map<string, HostState>();
  private readonly waiters: Waiter[] = [];
  private runningTasks = 0;
  private wake: { at: number; stop: AbortController } | null = null;

  constructor(options: Partial<HostQueueOptions> = {}) {
    this.options = { ...DEFAULT_QUEUE_OPTIONS, ...options };
  }

  /** Runs `task` once the host and global limits allow. */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.wait(host, 'task', signal);
    try {
      return await task();
    } finally {
      this.state(host).tasks--;
      this.runningTasks--;
      this.pump();
    }
  }

  /** Waits for a request slot on `host`; call the returned function when the response is done. */
  async admit(host: string, signal?: AbortSignal): Promise<() => void> {
    await this.wait(host, 'request', signal);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.state(host).active--;
      this.pump();
    };
  }

  /** After a 429: one request at a time, a longer gap, and a pause for Retry-After. */
  slowDown(host: string, retryAfterMs: number | null): void {
    const s = this.state(host);
    s.limit = 1;
    s.gapMs = Math.min(this.options.maxGapMs, Math.max(s.gapMs * 2, 1000));
    if (retryAfterMs !== null) s.pausedUntil = Math.max(s.pausedUntil, this.options.now() + Math.min(retryAfterMs, this.options.maxPauseMs));
    this.pump();
  }

  inFlight(host: string): number {
    return this.hosts.get(host)?.active ?? 0;
  }

  maxInFlight(host: string): number {
    return this.hosts.get(host)?.maxActive ?? 0;
  }

  /** The current politeness settings of a host (its gap grows after a 429). */
  settings(host: string): { limit: number; gapMs: number; pausedUntil: number } {
    const { limit, gapMs, pausedUntil } = this.state(host);
    return { limit, gapMs, pausedUntil };
  }

  get runningChecks(): number {
    return this.runningTasks;
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { tasks: 0, active: 0, limit: this.options.perHost, gapMs: this.options.gapMs, nextStartAt: 0, pausedUntil: 0, maxActive: 0 };
      this.hosts.set(host, s);
    }
    return s;
  }

  private wait(host: string, kind: Waiter['kind'], signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        host, kind,
        admit: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
      this.pump();
    });
  }

  private pump(): void {
    const now = this.options.now();
    let wakeAt = Infinity;
    for (const waiter of [...this.waiters]) {
      const s = this.state(waiter.host);
      if (waiter.kind === 'task') {
        if (this.runningTasks >= this.options.globalLimit || s.tasks >= s.limit) continue;
        s.tasks++;
        this.runningTasks++;
      } else {
        if (s.active >= s.limit) continue;
        const readyAt = Math.max(s.nextStartAt, s.pausedUntil);
        if (readyAt > now) {
          wakeAt = Math.min(wakeAt, readyAt);
          continue;
        }
        s.active++;
        s.maxActive = Math.max(s.maxActive, s.active);
        s.nextStartAt = now + s.gapMs;
      }
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.admit();
    }
    this.scheduleWake(wakeAt, now);
  }

  private scheduleWake(at: number, now: number): void {
    if (at === Infinity || (this.wake && this.wake.at <= at)) return;
    this.wake?.stop.abort();
    const stop = new AbortController();
    this.wake = { at, stop };
    this.options.sleep(at - now, stop.signal).then(
      () => {
        if (this.wake?.stop === stop) this.wake = null;
        this.pump();
      },
      () => undefined, // replaced by an earlier wake-up
    );
  }
}
