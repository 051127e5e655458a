import type { LinkVerdict } from '@/lib/schemas/link-verdict';

/** What the browser says about the user's connection (`navigator.onLine` and its events). */
export interface NetworkStatus {
  isOnline: () => boolean;
  /** Calls `listener` on every online/offline change; returns an unsubscribe function. */
  onChange?: (listener: () => void) => () => void;
}

export type PauseReason = 'offline' | 'network';
export type Judgement = 'the-link' | 'the-network';

const NETWORK_LEVEL = new Set(['dns', 'refused', 'reset', 'tls', 'network']);

/** A verdict decided by network-level failures only (no HTTP answer at all, nothing blocked). */
export function isNetworkFailure(v: LinkVerdict): boolean {
  return v.httpStatus === null && v.requests.length > 0
    && v.requests.every((r) => r.status === null && r.error !== null && NETWORK_LEVEL.has(r.error));
}

/**
 * Tells a dead link from the user's own network failing. A network-level failure is held until
 * something decides it: any host answering afterwards (the network works, so the link is dead),
 * failures on `minHosts` distinct hosts with no answer in between, or the browser going offline
 * (the network is down: pause). `settle()` releases held failures when nothing else can decide.
 */
export class NetworkWatch {
  private failedHosts = new Set<string>();
  private held: ((j: Judgement) => void)[] = [];
  private readyWaiters: (() => void)[] = [];
  private pausedFor: PauseReason | null = null;

  constructor(
    private readonly status: NetworkStatus,
    private readonly onPauseChange: (reason: PauseReason | null) => void,
    private readonly minHosts = 3,
  ) {}

  get paused(): PauseReason | null {
    return this.pausedFor;
  }

  get holding(): number {
    return this.held.length;
  }

  online(): boolean {
    return this.status.isOnline();
  }

  /** Some host gave an HTTP answer: the network works. */
  answered(): void {
    this.failedHosts.clear();
    this.release('the-link');
  }

  /** A link failed at the network level on `host`: resolves to whom the failure belongs. */
  judge(host: string): Promise<Judgement> {
    if (this.pausedFor || !this.status.isOnline()) {
      this.pause(this.status.isOnline() ? 'network' : 'offline');
      return Promise.resolve('the-network');
    }
    this.failedHosts.add(host);
    const pending = new Promise<Judgement>((resolve) => this.held.push(resolve));
    if (this.failedHosts.size >= this.minHosts) this.pause('network');
    return pending;
  }

  /** Too few hosts failed to blame the network, and nothing is left to answer: the links are dead. */
  settle(): void {
    if (!this.pausedFor) this.release('the-link');
  }

  pause(reason: PauseReason): void {
    if (this.pausedFor) return;
    this.pausedFor = reason;
    this.release('the-network');
    this.onPauseChange(reason);
  }

  /** Lets checks start again (the browser is back online, or it is time to try again). */
  resume(): void {
    if (!this.pausedFor) return;
    this.pausedFor = null;
    this.failedHosts.clear();
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    waiters.forEach((w) => w());
    this.onPauseChange(null);
  }

  /** Resolves when checks may start: at once, or when the pause ends. */
  ready(signal?: AbortSignal): Promise<void> {
    if (!this.pausedFor) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.readyWaiters.push(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }

  private release(judgement: Judgement): void {
    const held = this.held;
    this.held = [];
    held.forEach((resolve) => resolve(judgement));
  }
}
