import { z } from 'zod';
import { linkVerdictSchema } from '@/lib/schemas/link-verdict';
import { pageScanSchema } from '@/lib/schemas/page-scan';

/** Whether search engines may index a page, and why (the first reason that decided it). */
export const indexabilitySchema = z.object({
  indexable: z.boolean(),
  reason: z.string(),
  /** Meta robots and X-Robots-Tag together. */
  noindex: z.boolean(),
  nofollow: z.boolean(),
  /** Where a nofollow came from, for "nofollow'd" monitoring states. */
  nofollowSource: z.enum(['none', 'meta', 'header', 'both']),
  canonical: z.string().nullable(),
  canonicalRelation: z.enum(['none', 'self', 'elsewhere']),
});

/** A page read in the background: the verdict of its fetch and, for HTML, the scanner's result. */
export const pageReadSchema = z.object({
  url: z.string(),
  /** Where the redirects ended, when the page answered. */
  finalUrl: z.string().nullable(),
  verdict: linkVerdictSchema,
  contentType: z.string().nullable(),
  charset: z.string().nullable(),
  /** Bytes of the body that were read; at most the reader's cap. */
  bytes: z.number().int().nonnegative(),
  truncated: z.boolean(),
  xRobotsTag: z.string().nullable(),
  index: indexabilitySchema,
  /** Null when the answer was not an HTML page (verdict only). */
  scan: pageScanSchema.nullable(),
  /** Words of the page's main text; null when there was no HTML to read (absent in reads stored before it was counted). */
  wordCount: z.number().int().nonnegative().nullable().optional(),
  /** CPU time spent decoding, parsing and scanning, beyond the fetch. */
  parseMs: z.number().nonnegative(),
  readAt: z.number(),
});

export type Indexability = z.infer<typeof indexabilitySchema>;
export type PageRead = z.infer<typeof pageReadSchema>;
