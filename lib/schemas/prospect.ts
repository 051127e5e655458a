import { z } from 'zod';
import { contactSchema } from '@/lib/schemas/page-scan';
import { verdictClassSchema } from '@/lib/schemas/link-verdict';

export const opportunityTypeSchema = z.enum([
  'resource-page',
  'broken-link',
  'guest-post',
  'directory',
  'journalist-query',
  'mention',
  'other',
]);

/** The outreach pipeline, in the order a prospect usually moves through it. */
export const prospectStatusSchema = z.enum([
  'new',
  'qualified',
  'contacted',
  'followed-up',
  'replied',
  'won',
  'lost',
  'do-not-contact',
]);

/** A broken outbound link on the prospect's page: the pitch of broken-link outreach. */
export const brokenLinkSchema = z.object({
  url: z.string(),
  anchorText: z.string(),
  httpStatus: z.number().int().nullable(),
  statusClass: verdictClassSchema,
});

/** A link from the prospect's page to one of the user's own sites (a backlink already there). */
export const linkToMySiteSchema = z.object({
  url: z.string(),
  anchorText: z.string(),
  rel: z.array(z.string()),
});

/** The last moment a stored date may name (the end of year 9999): beyond it dates cannot be written as ISO text. */
export const MAX_EPOCH_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** A point in time, epoch ms, that every date formatter can write. */
export const epochMsSchema = z.number().min(0).max(MAX_EPOCH_MS);

export const historyEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), at: epochMsSchema, from: prospectStatusSchema, to: prospectStatusSchema }),
  z.object({ kind: z.literal('note'), at: epochMsSchema, field: z.string(), note: z.string() }),
  /** A step of an outreach template marked as sent (lib/db/outreach-sends.ts). */
  z.object({ kind: z.literal('sent'), at: epochMsSchema, templateId: z.string(), templateName: z.string(), step: z.number().int().min(0) }),
]);

const score = z.number().min(0).max(100);

/** Where a prospect was found: the search the user ran and the result's place on the page. */
export const foundBySchema = z.object({
  query: z.string().max(2000),
  engine: z.enum(['google', 'bing', 'duckduckgo']),
  /** Organic position on the results page, null for other kinds of result. */
  position: z.number().int().positive().nullable(),
});

export const prospectSchema = z.object({
  id: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** Dedupe key (lib/url/normalize.ts); unique in the database. */
  normalizedUrl: z.string().min(1),
  /** Registrable domain of `url`. */
  domain: z.string(),
  title: z.string(),
  opportunityType: opportunityTypeSchema,
  status: prospectStatusSchema,
  campaignId: z.string().nullable(),
  tags: z.array(z.string().min(1)),
  contacts: z.array(contactSchema),
  brokenLinks: z.array(brokenLinkSchema),
  linksToMySite: z.array(linkToMySiteSchema),
  relevance: score,
  /** Spam score and signal labels as they were when the page was saved. */
  spamScore: score,
  spamSignals: z.array(z.string()),
  /** Flagged by the user as toxic: its domain goes into the disavow file. */
  toxic: z.boolean(),
  notes: z.string(),
  /** Epoch ms of the next follow-up, or null. */
  followUpAt: epochMsSchema.nullable(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
  history: z.array(historyEntrySchema),
  /** Set when the prospect was saved from a search results page (optional: older records lack it). */
  foundBy: foundBySchema.optional(),
});

export const campaignSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  createdAt: epochMsSchema,
});

export type OpportunityType = z.infer<typeof opportunityTypeSchema>;
export type ProspectStatus = z.infer<typeof prospectStatusSchema>;

/** Statuses where the work with a prospect is over: never reminded, left out of "open". */
export const CLOSED_STATUSES: readonly ProspectStatus[] = ['won', 'lost', 'do-not-contact'];
/** Every other status: prospects still being worked. */
export const OPEN_STATUSES: readonly ProspectStatus[] = prospectStatusSchema.options.filter((s) => !CLOSED_STATUSES.includes(s));
export type BrokenLink = z.infer<typeof brokenLinkSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type Prospect = z.infer<typeof prospectSchema>;
export type FoundBy = z.infer<typeof foundBySchema>;
export type Campaign = z.infer<typeof campaignSchema>;
