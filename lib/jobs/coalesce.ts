/**
 * Gathers calls made within `windowMs` of each other into one call of `batch`, and gives each
 * caller its own answer. IndexedDB runs read-write transactions on one store one after another:
 * a page reader writing each read's progress in its own transaction spent more time queuing for
 * the store than reading pages (bench:qualify), so small writes that may wait a few ms share one.
 */
export function coalesce<K, R>(batch: (keys: K[]) => Promise<R[]>, windowMs = 5): (key: K) => Promise<R> {
  let pending: { key: K; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = async () => {
    const calls = pending;
    pending = [];
    timer = null;
    try {
      const results = await batch(calls.map((c) => c.key));
      calls.forEach((c, i) => {
        const result = results[i];
        if (result === undefined) c.reject(new Error('A batched write gave no answer for one of its parts.'));
        else c.resolve(result);
      });
    } catch (error) {
      for (const c of calls) c.reject(error);
    }
  };
  return (key) =>
    new Promise<R>((resolve, reject) => {
      pending.push({ key, resolve, reject });
      timer ??= setTimeout(() => void flush(), windowMs);
    });
}
