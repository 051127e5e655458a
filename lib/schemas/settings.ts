import { z } from 'zod';
import { HOST, MAX_DOMAINS, MAX_KEYWORD_LENGTH, MAX_KEYWORDS, normalizeKeyword, toDomain } from './list-rules';

export { toDomain };

export const domainListSchema = z
  .array(z.string())
  .transform((list) => Array.from(new Set(list.map(toDomain).filter(Boolean))))
  .pipe(z.array(z.string().regex(HOST, { message: 'is not a domain name' })).max(MAX_DOMAINS, { message: `At most ${MAX_DOMAINS} domains` }));

export const keywordListSchema = z
  .array(z.string())
  .transform((list) => Array.from(new Set(list.map(normalizeKeyword).filter(Boolean))))
  .pipe(z.array(z.string().max(MAX_KEYWORD_LENGTH, { message: `Keep each keyword under ${MAX_KEYWORD_LENGTH} characters` })).max(MAX_KEYWORDS, { message: `At most ${MAX_KEYWORDS} keywords` }));

export const checkerSettingsSchema = z.object({
  perHostConcurrency: z.number().int().min(1).max(6),
  minGapMs: z.number().int().min(0).max(10_000),
  globalConcurrency: z.number().int().min(1).max(32),
  timeoutMs: z.number().int().min(1_000).max(60_000),
  /**
   * Time one link may take before a timed-out request is no longer tried again; the retry gets
   * what is left of it. Keeps a host that never answers at about one time limit per link.
   */
  urlBudgetMs: z.number().int().min(1_000).max(120_000),
  hopLimit: z.number().int().min(1).max(20),
  cacheTtlHours: z.number().min(0).max(24 * 30),
  /** Substrings or simple globs (`*`) of URLs never to request. */
  exclusions: z.array(z.string().trim().min(1).max(200)).max(100),
  /** Check private, loopback and link-local targets even from public pages. */
  allowPrivateNetwork: z.boolean(),
  /**
   * Check one-click links that carry a token (confirm, verify, approve, magic sign-in). Off by
   * default: requesting one can use up the token or act on someone's behalf.
   */
  allowOneClickLinks: z.boolean({ message: 'must be on or off' }),
});

/** "example.com" or a full address; stored as an https URL, or '' when not set. */
const siteSchema = z
  .string()
  .trim()
  .max(300)
  .transform((v) => (v && !/^https?:\/\//i.test(v) ? `https://${v}` : v))
  .refine((v) => v === '' || URL.canParse(v), { message: 'Enter your site as example.com or https://example.com/' });

/** Who the outreach e-mails come from, and which web mail account composes them. */
export const outreachSettingsSchema = z.object({
  myName: z.string().trim().max(100, { message: 'Keep your name under 100 characters' }),
  mySite: siteSchema,
  /** Gmail's account number in its account switcher (0 is the first) or the account's address. */
  gmailAccount: z.string().trim().regex(/^(\d{1,2}|[^\s@/]+@[^\s@/]+\.[^\s@/]+)$/, { message: 'Enter a number (0 for the first signed-in account) or the account’s address' }),
  outlook: z.enum(['office', 'live']),
});

export const settingsSchema = z.object({
  ownDomains: domainListSchema,
  keywords: keywordListSchema,
  checker: checkerSettingsSchema,
  outreach: outreachSettingsSchema,
});

export type CheckerSettings = z.infer<typeof checkerSettingsSchema>;
export type OutreachSettings = z.infer<typeof outreachSettingsSchema>;
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  ownDomains: [],
  keywords: [],
  checker: {
    perHostConcurrency: 2,
    minGapMs: 250,
    globalConcurrency: 32,
    timeoutMs: 10_000,
    urlBudgetMs: 15_000,
    hopLimit: 10,
    cacheTtlHours: 24,
    exclusions: [],
    allowPrivateNetwork: false,
    allowOneClickLinks: false,
  },
  outreach: { myName: '', mySite: '', gmailAccount: '0', outlook: 'office' },
};

/** Reads stored settings, falling back field by field to defaults for anything missing or invalid. */
export function parseStoredSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const pick = <T,>(schema: z.ZodType<T>, input: unknown, fallback: T, name: string): T => {
    if (input === undefined) return fallback;
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    problems.push(`Stored ${name} were invalid and have been reset (${parsed.error.issues[0]?.message ?? 'invalid'}).`);
    return fallback;
  };
  const checkerRaw: Record<string, unknown> = { ...DEFAULT_SETTINGS.checker, ...((value.checker as object | undefined) ?? {}) };
  // The one-click opt-in is a safety switch: a stored value that is not plainly on or off turns it
  // off alone, keeping the other link-check settings.
  if (typeof checkerRaw.allowOneClickLinks !== 'boolean') {
    problems.push('The stored choice about one-click links with a token was invalid: they are not checked.');
    checkerRaw.allowOneClickLinks = false;
  }
  return {
    settings: {
      ownDomains: pick(domainListSchema, value.ownDomains, DEFAULT_SETTINGS.ownDomains, 'domains'),
      keywords: pick(keywordListSchema, value.keywords, DEFAULT_SETTINGS.keywords, 'keywords'),
      checker: pick(checkerSettingsSchema, checkerRaw, DEFAULT_SETTINGS.checker, 'link-check settings'),
      outreach: pick(outreachSettingsSchema, { ...DEFAULT_SETTINGS.outreach, ...((value.outreach as object | undefined) ?? {}) }, DEFAULT_SETTINGS.outreach, 'outreach settings'),
    },
    problems,
  };
}
