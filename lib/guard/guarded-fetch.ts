import { ANY_HOST } from '@/lib/guard/dnr-rules';
import { PrivateNetworkError } from '@/lib/guard/private-network-error';
import type { RequestLog } from '@/lib/guard/request-log';
import { addressKind, networkKind } from '@/lib/url/network';

export interface GuardDeps {
  fetch: typeof fetch;
  /** What the browser reports of each request (Chrome); null where it reports no addresses. */
  log: RequestLog | null;
  /** Resolves a name to its addresses before the request (Firefox's `dns` API), where available. */
  resolve?: (host: string) => Promise<string[]>;
  /** Lifts the network-layer block for one private host; resolves to the function that restores it. */
  allowHost: (host: string) => Promise<() => Promise<void>>;
  now: () => number;
  /** How long to wait for the browser's report of a request before refusing its answer. */
  confirmWithinMs?: number;
}

function urlOf(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

function privateAddress(ip: string): string | null {
  const kind = addressKind(ip);
  return kind === 'public' ? null : `${ip}, a ${kind} address`;
}

/**
 * Wraps the checker's fetch so that, for a page that may not reach private networks, no request
 * ends in one with a readable answer: hops into private hosts are blocked by the network layer
 * (`dnr-rules.ts`), names are resolved first where the browser allows it (Firefox), and an answer
 * that came from a private address (a public name resolving to 127.0.0.1) is discarded at once.
 * For a page that may (it is on such a network, or the user allowed it), the network block is
 * lifted for the length of its requests (the browser follows their redirects by itself).
 */
export function guardedFetch(deps: GuardDeps, mayKnowPrivate: boolean): typeof fetch {
  const confirmWithin = deps.confirmWithinMs ?? 5_000;
  return async (input, init) => {
    const url = urlOf(input);
    const host = new URL(url).hostname;
    if (mayKnowPrivate) {
      const restore = await deps.allowHost(ANY_HOST);
      try {
        return await deps.fetch(input, init);
      } finally {
        await restore();
      }
    }
    if (deps.resolve && networkKind(host) === 'public') {
      const found = (await deps.resolve(host)).map(privateAddress).find((p) => p !== null);
      if (found) throw new PrivateNetworkError(`${host} resolves to ${found}: not requested`);
    }
    const method = (init?.method ?? 'GET').toUpperCase();
    const since = deps.now() - 5;
    let response: Response;
    try {
      response = await deps.fetch(input, init);
    } catch (error) {
      if (!deps.log || init?.signal?.aborted) throw error;
      const trace = await deps.log.settled(method, url, since, Math.min(confirmWithin, 1_000), init?.signal ?? undefined);
      if (trace.end?.kind === 'blocked') throw new PrivateNetworkError(`${trace.end.url} is in a private network: blocked before it was requested`);
      throw error;
    }
    if (!deps.log) return response;
    const refuse = (why: string): never => {
      void response.body?.cancel().catch(() => undefined); // the answer is discarded unread
      throw new PrivateNetworkError(why);
    };
    const trace = await deps.log.settled(method, url, since, confirmWithin, init?.signal ?? undefined);
    for (const hop of trace.answeredBy) {
      const found = privateAddress(hop.ip);
      if (found) refuse(`${hop.url} was answered from ${found}: stopped, nothing read`);
    }
    if (!trace.end) refuse('the browser did not say which address answered: the answer was not used');
    return response;
  };
}
