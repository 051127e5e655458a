import { z } from 'zod';

/** Where on the page a link sits, from its nearest landmark element or ARIA role. */
export const linkPositionSchema = z.enum(['header', 'nav', 'main', 'article', 'aside', 'footer', 'body']);

export const scannedLinkSchema = z.object({
  /** Exactly `new URL(href, document.baseURI).href` of the first occurrence. */
  url: z.string().url(),
  /** Normalised form used to merge duplicates (no fragment). */
  key: z.string(),
  host: z.string(),
  outbound: z.boolean(),
  toOwnSite: z.boolean(),
  /** rel tokens, lowercased, deduplicated, in document order. */
  rel: z.array(z.string()),
  /** false when rel has nofollow, sponsored or ugc. */
  follow: z.boolean(),
  target: z.string(),
  text: z.string(),
  position: linkPositionSchema,
  /** How many times this target occurs on the page (merged duplicates). */
  count: z.number().int().positive(),
  /** The sentence around the first occurrence, for broken-link outreach. */
  context: z.string(),
  /** A share or intent button (posts the page to a network): not a prospect, out of the outbound summary. */
  share: z.boolean().optional(),
  /** Inside the main text: not navigation, header, footer, sidebar, share widget, related posts or comments. */
  inContent: z.boolean().optional(),
  /** An affiliate link: a known network or shortener, an Amazon associate tag, a cloaked /go/ redirect. */
  affiliate: z.boolean().optional(),
});

export const contactKindSchema = z.enum(['email', 'phone', 'social', 'contact-page', 'author', 'form']);

export const contactSchema = z.object({
  kind: contactKindSchema,
  value: z.string(),
  /** Where on the page it was found, e.g. "mailto link", "JSON-LD", "page text". */
  source: z.string(),
  /** The person behind an address, their role and the finding tool's confidence (0–100), when known (imports). */
  name: z.string().optional(),
  position: z.string().optional(),
  confidence: z.number().min(0).max(100).optional(),
});

/** hrefs that were seen but are not http(s) links: counted, never listed. */
export const ignoredHrefsSchema = z.object({
  javascript: z.number().int().nonnegative(),
  data: z.number().int().nonnegative(),
  blob: z.number().int().nonnegative(),
  mailto: z.number().int().nonnegative(),
  tel: z.number().int().nonnegative(),
  /** hrefs that only move within the page ("#top", "#"). */
  fragment: z.number().int().nonnegative(),
  other: z.number().int().nonnegative(),
  malformed: z.number().int().nonnegative(),
  /** URLs longer than the scanner lists (MAX_URL_LENGTH). */
  tooLong: z.number().int().nonnegative().optional(),
});

export const pageKindSchema = z.enum(['resource', 'roundup', 'guest-post', 'directory', 'contact', 'journalist-query', 'article']);

/** One candidate page kind with a 0–100 score and the reasons that produced it. */
export const kindScoreSchema = z.object({
  kind: pageKindSchema,
  score: z.number().min(0).max(100),
  reasons: z.array(z.string()),
});

export const pageMetaSchema = z.object({
  description: z.string(),
  /** Absolute canonical URL, or null when the page declares none. */
  canonical: z.string().nullable(),
  robots: z.object({
    noindex: z.boolean(),
    nofollow: z.boolean(),
    /** The raw directives, lowercased (meta robots and googlebot). */
    directives: z.array(z.string()),
  }),
  lang: z.string(),
  /** ISO dates when the page states them (meta, JSON-LD, <time>), else null. */
  published: z.string().nullable(),
  modified: z.string().nullable(),
});

export const keywordHitSchema = z.object({
  keyword: z.string(),
  title: z.number().int().nonnegative(),
  headings: z.number().int().nonnegative(),
  body: z.number().int().nonnegative(),
});

export const relevanceSchema = z.object({
  /** 0–100; 0 when no keywords are set. */
  score: z.number().min(0).max(100),
  hits: z.array(keywordHitSchema),
});

export const spamSignalSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** Contribution to the spam score. */
  weight: z.number(),
  reason: z.string(),
});

export const spamSchema = z.object({
  /** 0–100: how strongly the page looks like a link farm or spam. */
  score: z.number().min(0).max(100),
  signals: z.array(spamSignalSchema),
});

export const pageScanSchema = z.object({
  url: z.string(),
  title: z.string(),
  /** document.contentType: tells a PDF viewer or an image apart from an HTML page. */
  contentType: z.string(),
  /** Registrable domain (or host, for IPs and localhost) the links were compared against. */
  domain: z.string(),
  scannedAt: z.number(),
  /** Milliseconds the scan took inside the page. */
  durationMs: z.number().nonnegative(),
  links: z.array(scannedLinkSchema),
  /** Distinct links beyond the scanner's cap (MAX_LINKS), counted but not listed. */
  omittedLinks: z.number().int().nonnegative().default(0),
  contacts: z.array(contactSchema),
  ignored: ignoredHrefsSchema,
  /** Best page kind first; an ordinary article when nothing else scores. */
  kinds: z.array(kindScoreSchema),
  meta: pageMetaSchema,
  relevance: relevanceSchema,
  spam: spamSchema,
  /** What the scanner left out to stay bounded on a hostile or huge page, in words for the user. */
  skipped: z.array(z.string()).optional(),
});

export type LinkPosition = z.infer<typeof linkPositionSchema>;
export type ScannedLink = z.infer<typeof scannedLinkSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type ContactKind = z.infer<typeof contactKindSchema>;
export type IgnoredHrefs = z.infer<typeof ignoredHrefsSchema>;
export type PageKind = z.infer<typeof pageKindSchema>;
export type KindScore = z.infer<typeof kindScoreSchema>;
export type PageMeta = z.infer<typeof pageMetaSchema>;
export type Relevance = z.infer<typeof relevanceSchema>;
export type SpamReport = z.infer<typeof spamSchema>;
export type PageScan = z.infer<typeof pageScanSchema>;

/** Options handed to the scanner before it runs (see lib/tab/scan-tab.ts). */
export const scanOptionsSchema = z.object({
  /** The page's registrable domain as computed by tldts outside the page. */
  pageDomain: z.string().optional(),
  ownDomains: z.array(z.string()).default([]),
  /** The user's niche keywords, for relevance. */
  keywords: z.array(z.string()).default([]),
});
export type ScanOptions = z.infer<typeof scanOptionsSchema>;
