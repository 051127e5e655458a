import { classify } from '@/lib/check/classify';
import { followRedirects, type ChainResult } from '@/lib/check/follow-redirects';
import { resolveDeps, resolveOptions, type CheckDeps, type CheckOptions, type ResolvedDeps } from '@/lib/check/options';
import { readsNotFound } from '@/lib/check/page-text';
import { retryDelay, type RetryBudget } from '@/lib/check/retry-policy';
import { skipReason } from '@/lib/check/safety';
import type { MethodResult, Observation, RequestEvidence } from '@/lib/check/types';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';

interface MethodRun {
  chain: ChainResult;
  result: MethodResult;
  requests: RequestEvidence[];
}

async function runMethod(
  method: 'HEAD' | 'GET', url: string, deps: ResolvedDeps, options: CheckOptions, budget: RetryBudget,
): Promise<MethodRun> {
  const requests: RequestEvidence[] = [];
  const earlier: string[] = [];
  let attemptOptions = options;
  for (let attempt = 1; ; attempt++) {
    const chain = await followRedirects(method, url, method === 'GET', deps, attemptOptions);
    requests.push(...chain.requests);
    const plan = retryDelay(method, chain, attempt, budget, deps, options);
    if (plan === null) {
      const { status, headers, body, error } = chain.last;
      return { chain, requests, result: { method, status, headers, body, error, attempts: attempt, ...(earlier.length ? { earlier } : {}) } };
    }
    earlier.push(String(chain.last.status ?? chain.last.error ?? 'no answer'));
    attemptOptions = plan.timeoutMs === options.timeoutMs ? options : { ...options, timeoutMs: plan.timeoutMs };
    await deps.sleep(plan.waitMs, deps.signal);
  }
}

/**
 * After HEAD: GET the same URL when HEAD leaves doubt (many servers answer HEAD with 403, 404,
 * 405, 501 or a dropped connection while GET works), or GET the final page of an HTML 2xx to
 * read its body for soft-404 and parking signs. Null when HEAD settled it.
 */
function followUpGet(head: MethodRun, url: string, options: CheckOptions): { url: string; kind: 'doubt' | 'body' } | null {
  const { chain } = head;
  if (chain.problem) return null;
  const { status, error, headers } = chain.last;
  // A dropped connection on HEAD may be the server disliking HEAD; the GET is also its one retry.
  if (status === null) return error === 'reset' || error === 'network' ? { url, kind: 'doubt' } : null;
  if (status >= 200 && status < 300) {
    if (status === 204 || status === 205) return null; // no content to read
    const type = headers['content-type'];
    const html = type === undefined || /html/i.test(type);
    return options.inspectBody && html ? { url: chain.finalUrl ?? url, kind: 'body' } : null;
  }
  if (status === 429 || status === 410 || (status === 503 && headers['retry-after'] !== undefined)) return null;
  return status >= 300 ? { url, kind: 'doubt' } : null;
}

/** A random path that names nothing: the probed site's logs show an ordinary miss, not the tool. */
export function probeUrl(base: string, random: () => number): string {
  const token = Array.from({ length: 16 }, () => Math.floor(random() * 36).toString(36)).join('');
  return new URL(`/${token}`, base).href;
}

/**
 * Checks one URL and returns its verdict with the evidence. Never throws for network trouble;
 * rejects only when `deps.signal` cancels the check.
 */
export async function checkUrl(url: string, rawDeps: CheckDeps, rawOptions?: Partial<CheckOptions>): Promise<LinkVerdict> {
  const deps = resolveDeps(rawDeps);
  const options = resolveOptions(rawOptions);
  const startedAt = deps.now();
  const verdict = (obs: Observation, requests: RequestEvidence[]): LinkVerdict => {
    const c = classify(obs);
    const finishedAt = deps.now();
    return {
      url, class: c.class, httpStatus: c.httpStatus, finalUrl: obs.finalUrl, hops: obs.hops, requests, reason: c.reason,
      checkedAt: finishedAt, durationMs: Math.max(0, finishedAt - startedAt),
    };
  };

  const skip = skipReason(url, options.safety);
  if (skip) {
    const at = deps.now();
    return { url, class: 'skipped', httpStatus: null, finalUrl: null, hops: [], requests: [], reason: skip, checkedAt: at, durationMs: 0 };
  }

  const budget: RetryBudget = { startedAt, waitedMs: 0, failureRetried: false };
  const head = await runMethod('HEAD', url, deps, options, budget);
  const next = followUpGet(head, url, options);
  if (next && head.chain.last.status === null) budget.failureRetried = true;
  const get = next ? await runMethod('GET', next.url, deps, options, budget) : null;

  // The chain whose shape (hops, end) the verdict reports: GET's when it got an answer.
  const shape = get && (get.chain.last.status !== null || head.chain.last.status === null) ? get : head;
  const hops = next?.kind === 'body' && get ? [...head.chain.hops, ...get.chain.hops] : shape.chain.hops;
  const obs: Observation = {
    url, head: head.result, get: get?.result ?? null, hops,
    finalUrl: shape.chain.finalUrl, redirectProblem: shape.chain.problem, redirectDetail: shape.chain.problemDetail,
    opaqueRedirect: head.chain.opaque || (get?.chain.opaque ?? false), probe: null,
  };
  const requests = [...head.requests, ...(get?.requests ?? [])];

  const decisive = shape.result;
  const ok = decisive.status !== null && decisive.status >= 200 && decisive.status < 300;
  if (ok && options.probeSoft404 && readsNotFound(decisive.body)) {
    const probe = await followRedirects('GET', probeUrl(obs.finalUrl ?? url, deps.random), true, deps, options);
    requests.push(...probe.requests);
    const { status, headers, body, error } = probe.last;
    obs.probe = { method: 'GET', status, headers, body, error, attempts: 1 };
  }
  return verdict(obs, requests);
}
