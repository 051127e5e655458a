import { defaultSleep, type Sleep } from '@/lib/check/options';

export interface HostQueueOptions {
  /** Links checked at once on one host, and requests in flight to one host. */
  perHost: number;
  /** Requests in flight overall (checks and page reads together). */
  globalLimit: number;
  /** Links checked (or pages read) at once overall; `TASKS_PER_GLOBAL_SLOT` × `globalLimit` when absent. */
  taskLimit?: number;
  /** Minimum time between two request starts to one host. */
  gapMs: number;
  /** The gap a slowed-down host never exceeds. */
  maxGapMs: number;
  /** Longest pause a Retry-After may impose on a host. */
  maxPauseMs: number;
  now: () => number;
  sleep: Sleep;
}

/**
 * The global cap is only a safety cap: politeness is the per-host limit. It counts requests in
 * flight, not checks: a check waiting for its host's gap uses no connection, and counting it kept
 * other hosts idle (bench:qualify, 50 hosts: 4.7× the politeness floor). Checks admitted at once
 * are still bounded, to keep memory and per-URL time budgets sane.
 */
export const TASKS_PER_GLOBAL_SLOT = 4;

export const DEFAULT_QUEUE_OPTIONS: HostQueueOptions = {
  perHost: 2, globalLimit: 32, gapMs: 250, maxGapMs: 10_000, maxPauseMs: 60_000, now: () => Date.now(), sleep: defaultSleep,
};

interface HostState {
  tasks: number;
  active: number;
  limit: number;
  gapMs: number;
  nextStartAt: number;
  pausedUntil: number;
  maxActive: number;
  /** Requests that got an HTTP answer, and requests that got none within the time limit. */
  answers: number;
  timeouts: number;
  lastTimeoutAt: number;
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
  // One queue serves every job in the background (politeness holds across tabs), so the options can change.
  private readonly hosts = new Map<string, HostState>();
  private readonly waiters: Waiter[] = [];
  private runningTasks = 0;
  private requestsInFlight = 0;
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
      this.requestsInFlight--;
      this.pump();
    };
  }

  /**
   * After a 429 (or a 503 with Retry-After): one request at a time, a longer gap, and a pause for
   * Retry-After on this host only; other hosts go on.
   */
  slowDown(host: string, retryAfterMs: number | null): void {
    const s = this.state(host);
    s.limit = 1;
    // A Retry-After paces the host by itself (the pause below); without one, each 429 doubles the gap.
    const gap = retryAfterMs === null ? s.gapMs * 2 : s.gapMs;
    s.gapMs = Math.min(this.options.maxGapMs, Math.max(gap, 1000));
    if (retryAfterMs !== null) s.pausedUntil = Math.max(s.pausedUntil, this.options.now() + Math.min(retryAfterMs, this.options.maxPauseMs));
    this.pump();
  }

  /**
   * An ordinary answer (not 429, not 503 with Retry-After): a slowed host's gap halves with each
   * one until it is back to the configured pace, and then its full per-host limit returns.
   */
  answered(host: string): void {
    const s = this.state(host);
    s.answers++;
    if (s.gapMs <= this.options.gapMs && s.limit === this.options.perHost) return;
    s.gapMs = Math.max(this.options.gapMs, Math.floor(s.gapMs / 2));
    if (s.gapMs === this.options.gapMs) s.limit = this.options.perHost;
    this.pump();
  }

  timedOut(host: string): void {
    const s = this.state(host);
    s.timeouts++;
    s.lastTimeoutAt = this.options.now();
  }

  /**
   * A host that let two requests time out in the last minute and never answered: its other links
   * are not worth a full time limit each.
   */
  unresponsive(host: string): boolean {
    const s = this.hosts.get(host);
    return s !== undefined && s.answers === 0 && s.timeouts >= 2 && this.options.now() - s.lastTimeoutAt < 60_000;
  }

  /** New settings (the user changed them); a slowed-down host keeps its slower pace until it recovers. */
  configure(options: Partial<Pick<HostQueueOptions, 'perHost' | 'globalLimit' | 'taskLimit' | 'gapMs'>>): void {
    const before = { perHost: this.options.perHost, gapMs: this.options.gapMs };
    Object.assign(this.options, options);
    for (const s of this.hosts.values()) {
      if (s.limit === before.perHost && s.gapMs === before.gapMs) {
        s.limit = this.options.perHost;
        s.gapMs = this.options.gapMs;
      }
    }
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

  /** Requests in flight to every host together. */
  get inFlightTotal(): number {
    return this.requestsInFlight;
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { tasks: 0, active: 0, limit: this.options.perHost, gapMs: this.options.gapMs, nextStartAt: 0, pausedUntil: 0, maxActive: 0, answers: 0, timeouts: 0, lastTimeoutAt: 0 };
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
        const taskLimit = this.options.taskLimit ?? this.options.globalLimit * TASKS_PER_GLOBAL_SLOT;
        if (this.runningTasks >= taskLimit || s.tasks >= s.limit) continue;
        s.tasks++;
        this.runningTasks++;
      } else {
        if (s.active >= s.limit || this.requestsInFlight >= this.options.globalLimit) continue;
        const readyAt = Math.max(s.nextStartAt, s.pausedUntil);
        if (readyAt > now) {
          wakeAt = Math.min(wakeAt, readyAt);
          continue;
        }
        s.active++;
        this.requestsInFlight++;
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
