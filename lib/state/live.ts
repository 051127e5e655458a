import { liveQuery } from 'dexie';
import type { Signal } from '@preact/signals';
import { errorText } from '@/lib/text/error-text';

/**
 * Keeps `target` equal to the result of a Dexie query, re-run whenever the tables it read change
 * (in this page or in the background). Failures go to `onError`. Returns the unsubscribe.
 */
export function bindLive<T>(target: Signal<T>, query: () => Promise<T>, onError: (message: string) => void): () => void {
  // An async wrapper lets Dexie keep its transaction across native awaits inside the query
  // (a plain function returning a promise fails with PrematureCommitError in Chromium).
  const subscription = liveQuery(async () => query()).subscribe({
    next: (value) => {
      target.value = value;
    },
    error: (error: unknown) => onError(errorText(error)),
  });
  return () => subscription.unsubscribe();
}
