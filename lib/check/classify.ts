import { challengeSignature } from '@/lib/check/challenge';
import { classifySuccess } from '@/lib/check/classify-success';
import { statusLabel, withEvidence } from '@/lib/check/reason-text';
import { PRIVATE_NETWORK_HINT } from '@/lib/check/safety';
import type { Classification, MethodResult, Observation } from '@/lib/check/types';
import type { VerdictClass } from '@/lib/schemas/link-verdict';

/**
 * Turns what was observed while checking a URL into exactly one verdict class with its reason.
 * Pure: the same observation always gives the same answer (DESIGN.md, "Link verdicts").
 */
export function classify(obs: Observation): Classification {
  if (obs.redirectProblem) return redirectProblem(obs);
  const decisive = decisiveResult(obs);
  if (!decisive) return verdict('skipped', 'nothing was requested', null, obs);
  if (decisive.status === null) return networkFailure(obs);
  return byStatus(decisive, decisive.status, obs);
}

/** GET, when it got an answer, overrules HEAD: many servers answer HEAD wrongly. */
function decisiveResult(obs: Observation): MethodResult | null {
  if (obs.get?.status != null) return obs.get;
  if (obs.head?.status != null) return obs.head;
  return obs.get ?? obs.head;
}

function verdict(cls: VerdictClass, reason: string, httpStatus: number | null, obs: Observation): Classification {
  return { class: cls, reason: withEvidence(reason, obs), httpStatus };
}

/** Not followed into a private network: the evidence, then how the user may allow it. */
function privateSkip(reason: string, httpStatus: number | null, obs: Observation): Classification {
  return { class: 'skipped', reason: `${withEvidence(reason, obs)}. ${PRIVATE_NETWORK_HINT}`, httpStatus };
}

function redirectProblem(obs: Observation): Classification {
  const status = obs.hops.at(-1)?.status ?? null;
  switch (obs.redirectProblem) {
    case 'loop':
      return verdict('broken', 'redirect loop', status, obs);
    case 'too-many':
      return verdict('broken', `too many redirects (gave up after ${obs.hops.length})`, status, obs);
    case 'browser-gave-up':
      return verdict('broken', 'the browser could not follow the redirects: a loop, more than 20 hops or a target that does not answer (the browser does not say which)', status, obs);
    case 'unsafe-target':
      return privateSkip(`redirects to a private-network address${obs.redirectDetail ? ` (${obs.redirectDetail})` : ''}; not followed`, status, obs);
    default:
      return verdict('broken', `redirect to an invalid or non-web address${obs.redirectDetail ? ` (${obs.redirectDetail})` : ''}`, status, obs);
  }
}

const FAILURE_TEXT = {
  dns: 'the host name does not resolve (DNS)',
  refused: 'connection refused',
  tls: 'TLS or certificate error',
  reset: 'connection reset',
  network: 'network error',
  'blocked-by-client': 'blocked by your browser',
  private: 'it led into a private network',
} as const;

/**
 * No answer at all. DNS, refused and TLS failures are definite. A reset or a browser's bare
 * "Failed to fetch" (which hides DNS, refusal, TLS and blocking extensions alike) is only called
 * broken when it happened on more than one attempt; once alone it is not proof, so it is `blocked`.
 */
function networkFailure(obs: Observation): Classification {
  const failed = [obs.head, obs.get].filter((r): r is MethodResult => r !== null && r.status === null);
  const last = failed.at(-1);
  const kind = last?.error ?? 'network';
  const attempts = failed.reduce((sum, r) => sum + r.attempts, 0);
  if (kind === 'timeout') return verdict('timeout', 'no answer within the time limit', null, obs);
  // The network guard stopped it (a hop into a private network, or a name that resolved to one): nothing was read.
  if (kind === 'private') return privateSkip('stopped at the network: it led into a private network, and nothing it answered was read', null, obs);
  if (kind === 'blocked-by-client') {
    return verdict('blocked', 'blocked by your browser: an extension, ad blocker or tracking protection stopped the request; not proof the page is gone', null, obs);
  }
  const text = obs.opaqueRedirect
    ? `the redirect could not be followed (${FAILURE_TEXT[kind]}; a loop or too many redirects look the same in the browser)`
    : FAILURE_TEXT[kind];
  if (kind === 'dns' || kind === 'refused' || kind === 'tls' || attempts >= 2) return verdict('broken', text, null, obs);
  return verdict('blocked', `${text} on a single attempt: not proof the page is gone`, null, obs);
}

function byStatus(result: MethodResult, status: number, obs: Observation): Classification {
  const challenge = challengeSignature(status, result.headers, result.body);
  if (challenge) return verdict('blocked', `${challenge} (${status}): the checker was stopped, not proof the page is gone`, status, obs);
  if (status >= 200 && status < 300) return classifySuccess(result, status, obs);
  const label = statusLabel(status);
  if (status === 404 || status === 410) return verdict('broken', `${label}${result.method === 'GET' ? ' on GET' : ''}`, status, obs);
  if (status === 401 || status === 403 || status === 451) return verdict('blocked', `${label}: access refused to the checker, not proof the page is gone`, status, obs);
  if (status === 999) return verdict('blocked', '999: the site refuses automated requests, not proof the page is gone', status, obs);
  if (status === 429) return verdict('rate-limited', `${label} persisted after honouring Retry-After within the budget`, status, obs);
  if (status === 408) return verdict('timeout', `${label}: the server gave up waiting`, status, obs);
  if (status >= 400 && status < 500) {
    return result.method === 'GET'
      ? verdict('broken', `${label} on GET`, status, obs)
      : verdict('blocked', `${label} on HEAD, not confirmed by GET`, status, obs);
  }
  if (status >= 500 && status < 600) {
    return verdict('server-error', `${label}${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}`, status, obs);
  }
  if (status >= 300 && status < 400) return verdict('broken', `${status} redirect without a usable Location header`, status, obs);
  return verdict('broken', `unexpected status ${status}`, status, obs);
}
