import { liveQuery } from 'dexie';
import type { Signal } from '@preact/signals';
import { errorText } from '@/lib/text/error-text';

/**
 * Like `bindLive`, but a burst of changes re-runs the query at most once per `minMs`: a
 * qualification of hundreds of pages changes its rows several times a second, and reading and
 * drawing the whole table on each change cost more than the reads themselves. The first result
 * and the first change after a quiet spell show at once.
 */
export function bindLiveThrottled<T>(target: Signal<T>, query: () => Promise<T>, onError: (message: string) => void, minMs = 400): () => void {
  let stopped = false;
  let unsubscribe = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastAt = -Infinity;
  const subscribe = () => {
    let first = true;
    // An async wrapper lets Dexie keep its transaction across native awaits inside the query.
    const subscription = liveQuery(async () => query()).subscribe({
      next: (value) => {
        target.value = value;
        const quiet = performance.now() - lastAt >= minMs;
        lastAt = performance.now();
        if (first || quiet) {
          first = false;
          return;
        }
        // A change during a burst: stop listening, and look again once the interval has passed.
        subscription.unsubscribe();
        timer = setTimeout(() => {
          if (!stopped) subscribe();
        }, minMs);
      },
      error: (error: unknown) => onError(errorText(error)),
    });
    unsubscribe = () => subscription.unsubscribe();
  };
  subscribe();
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
