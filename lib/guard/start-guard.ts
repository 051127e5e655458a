import { mayKnowPrivate } from '@/lib/check/cache-rule';
import type { SafetyContext } from '@/lib/check/safety';
import { startChromeGuard } from '@/lib/guard/chrome-guard';
import { startFirefoxGuard } from '@/lib/guard/firefox-guard';
import { guardedFetch, type GuardDeps } from '@/lib/guard/guarded-fetch';

/**
 * Starts the browser's network guard and returns the fetch a check (or a page read) from a given page uses.
 * Until the guard is in place, checks wait for it: no request leaves unguarded.
 */
let started: Promise<Omit<GuardDeps, 'fetch' | 'now'>> | null = null;

/** The guard is one per background: its rules and listeners are set up once, whoever asks first. */
function guardParts(): Promise<Omit<GuardDeps, 'fetch' | 'now'>> {
  if (started) return started;
  started = import.meta.env.FIREFOX ? Promise.resolve(startFirefoxGuard()) : startChromeGuard();
  started.catch((error: unknown) => console.error('Linkscout: the network guard could not start; link checks will fail', error));
  return started;
}

export function startNetworkGuard(base: typeof fetch): (safety: SafetyContext) => typeof fetch {
  const ready = guardParts();
  return (safety) => async (input, init) => {
    const parts = await ready;
    return guardedFetch({ ...parts, fetch: base, now: () => Date.now() }, mayKnowPrivate(safety))(input, init);
  };
}
