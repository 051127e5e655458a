import type { RequestEvidence, VerdictClass } from '@/lib/schemas/link-verdict';

/**
 * What a failed request tells us; browsers only ever give "network". "private": the network guard
 * stopped it because it led into a private network (see lib/guard).
 */
export type NetworkErrorKind = 'dns' | 'refused' | 'reset' | 'tls' | 'timeout' | 'network' | 'blocked-by-client' | 'private';

/** Why following redirects stopped before an answer. */
export type RedirectProblem = 'loop' | 'too-many' | 'bad-location' | 'unsafe-target' | 'browser-gave-up';

export interface Hop {
  from: string;
  to: string;
  /** The 3xx status, 0 when the browser hid the redirect (opaque redirect), or the page's status for a meta refresh. */
  status: number;
  /** How the page sent the visitor on: an HTTP redirect (the default) or `<meta http-equiv="refresh">`. */
  via?: 'meta-refresh';
}

/** The end result of one method (HEAD or GET), after its retries. */
export interface MethodResult {
  method: 'HEAD' | 'GET';
  status: number | null;
  /** Only the headers that matter for a verdict, lowercase names. */
  headers: Record<string, string>;
  /** The first bytes of the body as text (GET only), or null. */
  body: string | null;
  error: NetworkErrorKind | null;
  /** How many times this method was tried. */
  attempts: number;
  /** What each attempt before the last ended with (status or error), when it was tried more than once. */
  earlier?: string[];
}

/** Everything the classifier needs, gathered by `checkUrl` (or written by hand in tests). */
export interface Observation {
  url: string;
  head: MethodResult | null;
  get: MethodResult | null;
  hops: Hop[];
  finalUrl: string | null;
  redirectProblem: RedirectProblem | null;
  /** Extra words for the redirect problem, e.g. which private address a hop pointed to. */
  redirectDetail?: string;
  /** The browser answered with an opaque redirect, so intermediate hops are unknown. */
  opaqueRedirect: boolean;
  /** A GET of a random path on the same host, made when the page reads like "not found". */
  probe: MethodResult | null;
}

export interface Classification {
  class: VerdictClass;
  reason: string;
  httpStatus: number | null;
}

export type { RequestEvidence };
