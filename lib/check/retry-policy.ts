import { challengeSignature } from '@/lib/check/challenge';
import type { ChainResult } from '@/lib/check/follow-redirects';
import { MIN_RETRY_TIMEOUT_MS, type CheckOptions, type ResolvedDeps } from '@/lib/check/options';
import { backoffMs, retryAfterMs } from '@/lib/check/retry';

/** What one URL has spent so far, shared by its HEAD and GET phases. */
export interface RetryBudget {
  /** When the check of this URL began. */
  startedAt: number;
  /** Retry-After time already waited. */
  waitedMs: number;
  /** A network-level failure or a timeout was already tried again: the second one is final. */
  failureRetried: boolean;
}

export interface RetryPlan {
  waitMs: number;
  /** The time limit for the next attempt (shorter when the URL's budget is nearly spent). */
  timeoutMs: number;
}

/**
 * Tries after a 429 or a 503 with Retry-After, within the Retry-After budget: enough for an outage
 * of a few seconds to end OK, few enough that a permanent one ends `server-error` soon.
 */
const RETRY_AFTER_TRIES = 4;

const NETWORK_LEVEL = new Set(['dns', 'refused', 'tls', 'reset', 'network']);

/** A timed-out request tried once more with what is left of the URL's budget, or null. */
function timeoutRetry(budget: RetryBudget, deps: ResolvedDeps, options: CheckOptions, wait: number): RetryPlan | null {
  if (budget.failureRetried || options.priorAttempts > 0) return null;
  const left = options.urlBudgetMs - (deps.now() - budget.startedAt) - wait;
  if (left < MIN_RETRY_TIMEOUT_MS) return null;
  budget.failureRetried = true;
  return { waitMs: wait, timeoutMs: Math.min(options.timeoutMs, left) };
}

/**
 * How long to wait before trying `chain` again, or null to stop. 429 and 503 with Retry-After wait
 * as asked, within the budget (up to 4 more tries); other 5xx on GET back off exponentially. A timeout or a network-level
 * failure (DNS, refused, reset, TLS) is tried again once per URL: HEAD retries only what a GET would
 * not answer differently; a reset or bare network error on HEAD is left to the GET that follows.
 * A request the browser itself blocked is never repeated.
 */
export function retryDelay(
  method: 'HEAD' | 'GET', chain: ChainResult, retry: number, budget: RetryBudget, deps: ResolvedDeps, options: CheckOptions,
): RetryPlan | null {
  const allowed = Math.max(0, options.retries - options.priorAttempts);
  if (chain.problem) return null;
  const { status, error, headers, body } = chain.last;
  const plan = (waitMs: number): RetryPlan => ({ waitMs, timeoutMs: options.timeoutMs });
  if (status !== null && challengeSignature(status, headers, body)) return null;
  const backoff = backoffMs(retry, options.backoffMs, deps.random);
  if (error === 'timeout') return timeoutRetry(budget, deps, options, backoff);
  if (error !== null) {
    if (!NETWORK_LEVEL.has(error) || budget.failureRetried || options.priorAttempts > 1) return null;
    if (method === 'HEAD' && (error === 'reset' || error === 'network')) return null;
    budget.failureRetried = true;
    return plan(backoff);
  }
  const askedWait = headers['retry-after'];
  if (status === 429 || (status === 503 && askedWait !== undefined)) {
    if (retry > RETRY_AFTER_TRIES - Math.min(options.priorAttempts, RETRY_AFTER_TRIES)) return null;
    const wait = retryAfterMs(askedWait, deps.now()) ?? backoff;
    if (budget.waitedMs + wait > options.retryAfterBudgetMs) return null;
    budget.waitedMs += wait;
    return plan(wait);
  }
  if (method === 'HEAD' || retry > allowed) return null;
  return status !== null && status >= 500 ? plan(backoff) : null;
}
