import { z } from 'zod';
import { pageScanSchema, scanOptionsSchema } from '@/lib/schemas/page-scan';

/** The background asks the offscreen document to parse and scan one page. */
export const parseRequestSchema = z.object({
  type: z.literal('reader-parse'),
  html: z.string(),
  url: z.string().url(),
  options: scanOptionsSchema.partial(),
});

export const parseReplySchema = z.union([
  z.object({ ok: z.literal(true), scan: pageScanSchema, parseMs: z.number().nonnegative(), wordCount: z.number().int().nonnegative() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export type ParseRequest = z.infer<typeof parseRequestSchema>;
export type ParseReply = z.infer<typeof parseReplySchema>;
