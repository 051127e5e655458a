import { fetchOnce, type FetchOutcome } from '@/lib/check/fetch-once';
import type { CheckOptions, ResolvedDeps } from '@/lib/check/options';
import { privateTargetReason } from '@/lib/check/safety';
import type { Hop, RedirectProblem, RequestEvidence } from '@/lib/check/types';
import { urlKey } from '@/lib/url/key';

export interface ChainResult {
  /** The last answer: the end of the chain, or the hop where following stopped. */
  last: FetchOutcome;
  requests: RequestEvidence[];
  hops: Hop[];
  finalUrl: string | null;
  problem: RedirectProblem | null;
  problemDetail?: string;
  opaque: boolean;
}

/**
 * Requests `url` and follows redirects one hop at a time, so every hop is seen, loops are caught
 * and no hop may lead into a private network. In an extension a manual redirect comes back opaque
 * (status 0, no Location); then the request is repeated with `redirect: 'follow'` and only the
 * final URL is known.
 */
export async function followRedirects(
  method: 'HEAD' | 'GET', url: string, readBody: boolean, deps: ResolvedDeps, options: CheckOptions,
): Promise<ChainResult> {
  const requests: RequestEvidence[] = [];
  const hops: Hop[] = [];
  const seen = new Set<string>([urlKey(new URL(url))]);
  let current = url;
  for (;;) {
    const outcome = await fetchOnce({ method, url: current, redirect: 'manual', readBody }, deps, options);
    requests.push(outcome.evidence);
    const stop = (problem: RedirectProblem | null, problemDetail?: string): ChainResult =>
      ({ last: outcome, requests, hops, finalUrl: current, problem, problemDetail, opaque: false });

    if (outcome.opaque) return followOpaque(method, current, readBody, deps, options, requests, hops);
    const status = outcome.status;
    const location = outcome.headers.location;
    if (status === null || status < 300 || status >= 400 || status === 304 || location === undefined) return stop(null);

    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      return stop('bad-location', location);
    }
    hops.push({ from: current, to: next.href, status });
    if (next.protocol !== 'http:' && next.protocol !== 'https:') return stop('bad-location', next.protocol);
    const unsafe = privateTargetReason(next, options.safety);
    if (unsafe) return stop('unsafe-target', unsafe);
    if (seen.has(urlKey(next))) return stop('loop');
    if (hops.length > options.maxHops) return stop('too-many');
    seen.add(urlKey(next));
    current = next.href;
  }
}

async function followOpaque(
  method: 'HEAD' | 'GET', url: string, readBody: boolean, deps: ResolvedDeps, options: CheckOptions,
  requests: RequestEvidence[], hops: Hop[],
): Promise<ChainResult> {
  const outcome = await fetchOnce({ method, url, redirect: 'follow', readBody }, deps, options);
  requests.push(outcome.evidence);
  const finalUrl = outcome.responseUrl ?? url;
  // The browser followed every hop itself; one hop from here to where it ended is all that is known.
  if (outcome.redirected && finalUrl !== url) hops.push({ from: url, to: finalUrl, status: 0 });
  // Too late to avoid the request, but a public link that lands in a private network is not "ok".
  const unsafe = outcome.redirected ? privateTargetReason(new URL(finalUrl), options.safety) : null;
  if (unsafe) return { last: outcome, requests, hops, finalUrl, problem: 'unsafe-target', problemDetail: unsafe, opaque: true };
  return { last: outcome, requests, hops, finalUrl: outcome.status === null ? null : finalUrl, problem: null, opaque: true };
}
