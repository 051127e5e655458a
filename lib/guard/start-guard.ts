import { mayKnowPrivate } from '@/lib/check/cache-rule';
import type { SafetyContext } from '@/lib/check/safety';
import { startChromeGuard } from '@/lib/guard/chrome-guard';
import { startFirefoxGuard } from '@/lib/guard/firefox-guard';
import { guardedFetch, type GuardDeps } from '@/lib/guard/guarded-fetch';

/**
 * Starts the browser's network guard and returns the fetch a check from a given page uses.
 * Until the guard is in place, checks wait for it: no request leaves unguarded.
 */
export function startNetworkGuard(base: typeof fetch): (safety: SafetyContext) => typeof fetch {
  const ready: Promise<Omit<GuardDeps, 'fetch' | 'now'>> = import.meta.env.FIREFOX ? Promise.resolve(startFirefoxGuard()) : startChromeGuard();
  ready.catch((error: unknown) => console.error('Linkscout: the network guard could not start; link checks will fail', error));
  return (safety) => async (input, init) => {
    const parts = await ready;
    return guardedFetch({ ...parts, fetch: base, now: () => Date.now() }, mayKnowPrivate(safety))(input, init);
  };
}
