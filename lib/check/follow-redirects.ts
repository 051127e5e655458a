import { fetchOnce, type FetchOutcome } from '@/lib/check/fetch-once';
import { metaRefreshTarget } from '@/lib/check/meta-refresh';
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

/** Where an answer sends the visitor next: a Location header, or a meta refresh in the bytes read. */
function nextStep(outcome: FetchOutcome, current: string): { location: string; via?: 'meta-refresh' } | null {
  const { status, headers, body } = outcome;
  if (status === null) return null;
  if (status >= 300 && status < 400 && status !== 304) return headers.location === undefined ? null : { location: headers.location };
  const refresh = status >= 200 && status < 300 ? metaRefreshTarget(body, current) : null;
  return refresh ? { location: refresh, via: 'meta-refresh' } : null;
}

/**
 * Requests `url` and follows redirects one hop at a time, so every hop is seen, loops are caught at
 * the first repeated URL and no hop may lead into a private network. A meta refresh in the bytes
 * read counts as a hop. In an extension a manual redirect comes back opaque (status 0, no
 * Location); then the request is repeated with `redirect: 'follow'`: only the final URL is known,
 * and a failure there is the browser giving up (a loop, over 20 hops, or a dead target), not retried.
 */
export async function followRedirects(
  method: 'HEAD' | 'GET', url: string, readBody: boolean, deps: ResolvedDeps, options: CheckOptions,
): Promise<ChainResult> {
  const requests: RequestEvidence[] = [];
  const hops: Hop[] = [];
  const seen = new Set<string>([urlKey(new URL(url))]);
  let current = url;
  let opaque = false;
  for (;;) {
    let outcome = await fetchOnce({ method, url: current, redirect: 'manual', readBody }, deps, options);
    requests.push(outcome.evidence);
    if (outcome.opaque) {
      opaque = true;
      const from = current;
      outcome = await fetchOnce({ method, url: from, redirect: 'follow', readBody }, deps, options);
      requests.push(outcome.evidence);
      const gaveUp = outcome.status === null && outcome.error === 'network';
      if (gaveUp) return { last: outcome, requests, hops, finalUrl: null, problem: 'browser-gave-up', opaque };
      current = outcome.responseUrl ?? from;
      // The browser followed every hop itself; one hop from here to where it ended is all that is known.
      if (outcome.redirected && current !== from) hops.push({ from, to: current, status: 0 });
      const unsafe = outcome.redirected ? privateTargetReason(new URL(current), options.safety) : null;
      if (unsafe) return { last: outcome, requests, hops, finalUrl: current, problem: 'unsafe-target', problemDetail: unsafe, opaque };
    }
    const stop = (problem: RedirectProblem | null, problemDetail?: string): ChainResult =>
      ({ last: outcome, requests, hops, finalUrl: outcome.status === null && opaque ? null : current, problem, problemDetail, opaque });

    const step = nextStep(outcome, current);
    if (!step) return stop(null);
    let next: URL;
    try {
      next = new URL(step.location, current);
    } catch {
      return stop('bad-location', step.location);
    }
    hops.push({ from: current, to: next.href, status: outcome.status ?? 0, ...(step.via ? { via: step.via } : {}) });
    if (next.protocol !== 'http:' && next.protocol !== 'https:') return stop('bad-location', next.protocol);
    const unsafe = privateTargetReason(next, options.safety);
    if (unsafe) return stop('unsafe-target', unsafe);
    if (seen.has(urlKey(next))) return stop('loop');
    if (hops.length > options.maxHops) return stop('too-many');
    seen.add(urlKey(next));
    current = next.href;
  }
}
