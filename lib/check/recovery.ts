import type { NetworkStatus, NetworkWatch } from '@/lib/check/network-watch';
import type { Sleep } from '@/lib/check/options';

/** First wait before trying again after the network seemed down; doubles up to a minute. */
export const RECOVERY_FIRST_MS = 5_000;
const RECOVERY_MAX_MS = 60_000;

export interface Recovery {
  /** Call when the watch pauses: schedules the next try. */
  paused: () => void;
  stop: () => void;
}

/**
 * Pauses the watch when the browser goes offline and resumes it when it is back. While paused it
 * also looks again after 5 s, then 10 s… up to a minute: if the browser says online (the event was
 * missed, or the failures were passing) checks start again, and a link that fails again pauses the
 * check again. No timer runs while nothing is paused.
 */
export function watchConnection(watch: NetworkWatch, status: NetworkStatus, sleep: Sleep, signal?: AbortSignal): Recovery {
  const stop = new AbortController();
  const onBatchEnd = () => stop.abort();
  signal?.addEventListener('abort', onBatchEnd, { once: true });
  const unsubscribe = status.onChange?.(() => {
    if (!status.isOnline()) watch.pause('offline');
    else if (watch.paused === 'offline') watch.resume();
  });
  let delay = RECOVERY_FIRST_MS;
  let scheduled = false;
  const tryLater = () => {
    if (scheduled || stop.signal.aborted) return;
    scheduled = true;
    sleep(delay, stop.signal).then(
      () => {
        scheduled = false;
        if (!watch.paused) return;
        delay = Math.min(RECOVERY_MAX_MS, delay * 2);
        if (status.isOnline()) watch.resume();
        else tryLater();
      },
      () => undefined, // the batch ended
    );
  };
  return {
    paused: tryLater,
    stop: () => {
      stop.abort();
      unsubscribe?.();
      signal?.removeEventListener('abort', onBatchEnd);
    },
  };
}
