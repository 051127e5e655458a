import type { SafetyContext } from '@/lib/check/safety';

export interface CheckOptions {
  /** Per request, body prefix included. */
  timeoutMs: number;
  /** Redirects followed before giving up with "too many redirects". */
  maxHops: number;
  /** Extra attempts after a 5xx or a 429. A timeout or a network failure is tried again at most once. */
  retries: number;
  /**
   * Time one URL may take before a timed-out request is no longer tried again: the retry gets what
   * is left of it (at least `MIN_RETRY_TIMEOUT_MS`), so a host that never answers costs about one
   * time limit, not one per attempt. Retry-After waits have their own budget.
   */
  urlBudgetMs: number;
  /** Attempts already spent on this URL before the background was stopped (persisted with the job). */
  priorAttempts: number;
  /** First backoff delay; doubles on each retry, with jitter. */
  backoffMs: number;
  /** Total time one URL may spend waiting on Retry-After. */
  retryAfterBudgetMs: number;
  /** How much of a GET body is read (then the request is aborted). */
  bodyPrefixBytes: number;
  /** GET the body of a 2xx HTML answer to HEAD, to catch soft-404 and parked pages. */
  inspectBody: boolean;
  /** Request a random path on the host when a 2xx reads like "not found". */
  probeSoft404: boolean;
  /** Page context for hop-by-hop private-network checks. */
  safety: SafetyContext;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  timeoutMs: 10_000,
  maxHops: 10,
  retries: 2,
  urlBudgetMs: 15_000,
  priorAttempts: 0,
  backoffMs: 500,
  retryAfterBudgetMs: 30_000,
  bodyPrefixBytes: 16 * 1024,
  inspectBody: true,
  probeSoft404: true,
  safety: {},
};

/** A timed-out request is not tried again with less time than this. */
export const MIN_RETRY_TIMEOUT_MS = 2_000;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface CheckDeps {
  fetch: typeof fetch;
  now?: () => number;
  /** Waits; must reject with the signal's reason when it aborts. */
  sleep?: Sleep;
  /** [0, 1); used for jitter and the soft-404 probe path. */
  random?: () => number;
  /** Cancels the whole check; `checkUrl` then rejects with the abort reason. */
  signal?: AbortSignal;
  /** Admission for each request (the host queue); resolves to a release function. */
  gate?: (url: string, signal?: AbortSignal) => Promise<() => void>;
}

export type ResolvedDeps = Required<Omit<CheckDeps, 'signal' | 'gate'>> & Pick<CheckDeps, 'signal' | 'gate'>;

/**
 * A sleep on the global timer, looked up at call time so `vi.useFakeTimers()` takes effect.
 */
export const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export function resolveDeps(deps: CheckDeps): ResolvedDeps {
  return {
    fetch: deps.fetch,
    now: deps.now ?? (() => Date.now()),
    sleep: deps.sleep ?? defaultSleep,
    random: deps.random ?? Math.random,
    signal: deps.signal,
    gate: deps.gate,
  };
}

export function resolveOptions(options: Partial<CheckOptions> = {}): CheckOptions {
  return { ...DEFAULT_CHECK_OPTIONS, ...options };
}
