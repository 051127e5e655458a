import { challengeSignature } from '@/lib/check/challenge';
import type { ChainResult } from '@/lib/check/follow-redirects';
import type { CheckOptions, ResolvedDeps } from '@/lib/check/options';
import { backoffMs, retryAfterMs } from '@/lib/check/retry';

/** Retry-After time already spent on one URL, shared by its HEAD and GET phases. */
export interface RetryBudget {
  waitedMs: number;
}

/**
 * How long to wait before trying `chain` again, or null to stop. HEAD retries only what a GET
 * would not answer differently (rate limits, timeouts, refusals); anything else on HEAD is left
 * to the GET that follows. 429 and 503 with Retry-After wait as asked, within the budget; 5xx,
 * timeouts and dropped connections back off exponentially.
 */
export function retryDelay(
  method: 'HEAD' | 'GET', chain: ChainResult, retry: number, budget: RetryBudget, deps: ResolvedDeps, options: CheckOptions,
): number | null {
  if (retry > options.retries || chain.problem) return null;
  const { status, error, headers, body } = chain.last;
  if (status !== null && challengeSignature(status, headers, body)) return null;
  const askedWait = headers['retry-after'];
  if (status === 429 || (status === 503 && askedWait !== undefined)) {
    const wait = retryAfterMs(askedWait, deps.now()) ?? backoffMs(retry, options.backoffMs, deps.random);
    if (budget.waitedMs + wait > options.retryAfterBudgetMs) return null;
    budget.waitedMs += wait;
    return wait;
  }
  const backoff = backoffMs(retry, options.backoffMs, deps.random);
  if (error === 'timeout' || error === 'refused') return backoff;
  if (method === 'HEAD') return null;
  if (error === 'reset' || error === 'network') return backoff;
  return status !== null && status >= 500 ? backoff : null;
}
