import { checkUrl } from '@/lib/check/check-url';
import { HostQueue, type HostQueueOptions } from '@/lib/check/host-queue';
import { isNetworkFailure, NetworkWatch, type NetworkStatus, type PauseReason } from '@/lib/check/network-watch';
import { defaultSleep, type CheckDeps, type CheckOptions } from '@/lib/check/options';
import { watchConnection } from '@/lib/check/recovery';
import { retryAfterMs } from '@/lib/check/retry';
import { createSafetyCheck } from '@/lib/check/safety';
import { distinctUrls, hostOf, skippedVerdict, unresponsiveVerdict } from '@/lib/check/batch-parts';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';

export interface NetworkState {
  paused: PauseReason | null;
  /** Links without a verdict yet. */
  pending: number;
}

export interface BatchOptions {
  check?: Partial<CheckOptions>;
  /** Queue settings, or a queue to share (one for the whole background, so limits hold across jobs). */
  queue?: Partial<HostQueueOptions> | HostQueue;
  /** Stops the batch: nothing new starts, running checks are aborted, no more verdicts arrive. */
  signal?: AbortSignal;
  /** The browser's view of the connection; without it the batch relies on failures alone. */
  network?: NetworkStatus;
  /** Told when the check pauses because the user's network seems down, and when it goes on. */
  onNetwork?: (state: NetworkState) => void;
  /** Attempts already spent per URL before the background was stopped; each URL starts with the rest. */
  priorAttempts?: ReadonlyMap<string, number>;
  /** Called (and awaited) before each URL's check starts, e.g. to persist its attempt count. */
  onStart?: (url: string) => Promise<void>;
}

/**
 * Checks many URLs through the per-host queue, in the order given (page order), reporting each
 * verdict as it is decided. Network-level failures are held until the batch can tell a dead link
 * from the user's network failing; when the network seems down the batch pauses, calls nothing
 * broken and goes on when it is back. Resolves with every verdict reached; after a cancel, with
 * those reached before it.
 */
export async function checkAll(
  urls: readonly string[], deps: CheckDeps, options: BatchOptions, onVerdict: (verdict: LinkVerdict) => void,
): Promise<LinkVerdict[]> {
  const now = deps.now ?? (() => Date.now());
  const sleep = deps.sleep ?? defaultSleep;
  const queue = options.queue instanceof HostQueue ? options.queue : new HostQueue({ now, sleep, ...options.queue });
  const signal = options.signal;
  const unsafe = createSafetyCheck(options.check?.safety ?? {});
  const list = distinctUrls(urls);
  const verdicts: LinkVerdict[] = [];
  let pending = list.length;
  let held = 0;
  const status: NetworkStatus = options.network ?? { isOnline: () => true };
  const watch = new NetworkWatch(status, (paused) => {
    if (paused) recovery.paused();
    options.onNetwork?.({ paused, pending });
  });
  const recovery = watchConnection(watch, status, sleep, signal);
  const settleIfStuck = () => {
    if (held > 0 && held === pending) watch.settle();
  };
  const report = (verdict: LinkVerdict) => {
    if (signal?.aborted) return;
    pending--;
    verdicts.push(verdict);
    onVerdict(verdict);
    settleIfStuck();
  };

  // Every answer passes through here: a 429 slows its host for every link queued for it, any
  // answer proves the network works, and a timeout counts against its host.
  const politeFetch: typeof fetch = async (input, init) => {
    const host = hostOf(input);
    try {
      const response = await deps.fetch(input, init);
      const asked = response.headers.get('retry-after') ?? undefined;
      if (response.status === 429 || (response.status === 503 && asked !== undefined)) queue.slowDown(host, retryAfterMs(asked, now()));
      else queue.answered(host);
      watch.answered();
      return response;
    } catch (error) {
      if (init?.signal?.aborted && !signal?.aborted) queue.timedOut(host);
      throw error;
    }
  };
  // No request starts while paused, not even the next step of a check already under way.
  const gate = async (url: string, s?: AbortSignal): Promise<() => void> => {
    for (;;) {
      await watch.ready(s);
      const release = await queue.admit(hostOf(url), s);
      if (!watch.paused) return release;
      release(); // paused while waiting for its turn
    }
  };
  const checkDeps: CheckDeps = { ...deps, fetch: politeFetch, signal, gate };

  const checkOne = async (url: string) => {
    const reason = unsafe(url);
    if (reason) return report(skippedVerdict(url, reason, now()));
    const host = hostOf(url);
    const check = { ...options.check, priorAttempts: options.priorAttempts?.get(url) ?? 0 };
    for (;;) {
      await watch.ready(signal);
      const verdict = await queue.run(host, async () => {
        if (queue.unresponsive(host)) return unresponsiveVerdict(url, now());
        await options.onStart?.(url);
        signal?.throwIfAborted();
        return checkUrl(url, checkDeps, check);
      }, signal);
      // Offline, a link that got no answer at all (a timeout included) says nothing about the link.
      const noAnswer = verdict.httpStatus === null && verdict.class !== 'skipped' && verdict.class !== 'blocked';
      if (noAnswer && (watch.paused || !watch.online())) {
        if (!watch.online()) watch.pause('offline');
        continue;
      }
      if (!isNetworkFailure(verdict)) return report(verdict);
      held++;
      const judged = watch.judge(host);
      settleIfStuck();
      const judgement = await judged;
      held--;
      if (judgement === 'the-link') return report(verdict);
      check.priorAttempts = 0; // the outage, not the link, used those attempts
    }
  };

  try {
    await Promise.all(list.map(async (url) => {
      try {
        await checkOne(url);
      } catch (error) {
        if (signal?.aborted) return; // cancelled: no verdict for this URL
        throw error;
      }
    }));
  } finally {
    recovery.stop();
  }
  return verdicts;
}
