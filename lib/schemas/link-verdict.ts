import { z } from 'zod';

/** Every checked URL ends in exactly one of these classes (DESIGN.md, "Link verdicts"). */
export const verdictClassSchema = z.enum([
  'ok',
  'redirected',
  'broken',
  'server-error',
  'blocked',
  'rate-limited',
  'timeout',
  'soft-404',
  'parked',
  'skipped',
]);

/** One HTTP request made while checking, or one redirect hop. */
export const requestEvidenceSchema = z.object({
  method: z.enum(['HEAD', 'GET']),
  url: z.string(),
  /** HTTP status, or null when no response came (network error, timeout, aborted). */
  status: z.number().int().nullable(),
  /** Network-level failure, e.g. "dns", "refused", "reset", "timeout", "opaque-redirect". */
  error: z.string().nullable(),
  /** Headers that mattered for the verdict: location, retry-after, server, cf-mitigated, content-type… */
  headers: z.record(z.string(), z.string()),
  startedAt: z.number(),
  durationMs: z.number().nonnegative(),
});

export const linkVerdictSchema = z.object({
  url: z.string(),
  class: verdictClassSchema,
  /** Final HTTP status that decided the class, when there was one. */
  httpStatus: z.number().int().nullable(),
  /** Where the redirects ended, when they did (absolute URL). */
  finalUrl: z.string().nullable(),
  /** Each redirect hop in order: from → to, with its status. */
  hops: z.array(z.object({ from: z.string(), to: z.string(), status: z.number().int(), via: z.literal('meta-refresh').optional() })),
  requests: z.array(requestEvidenceSchema),
  /** Plain-language reason, e.g. "404 Not Found on GET after HEAD 405". */
  reason: z.string(),
  checkedAt: z.number(),
  /** Total time spent on this URL, waits included. */
  durationMs: z.number().nonnegative(),
});

export type VerdictClass = z.infer<typeof verdictClassSchema>;
export type RequestEvidence = z.infer<typeof requestEvidenceSchema>;
export type LinkVerdict = z.infer<typeof linkVerdictSchema>;
