import { z } from 'zod';

export const engineSchema = z.enum(['google', 'bing', 'duckduckgo']);
export const resultLabelSchema = z.enum(['organic', 'ad', 'people-also-ask', 'video', 'news', 'forum']);

/** What the injected results reader returns (lib/serp/read-results.ts), checked before the popup uses it. */
export const serpReadSchema = z.object({
  engine: engineSchema,
  query: z.string().max(2000),
  layout: z.string().nullable(),
  results: z
    .array(
      z.object({
        rank: z.number().int().positive(),
        position: z.number().int().positive().nullable(),
        url: z.url({ protocol: /^https?$/ }),
        host: z.string(),
        title: z.string().max(400),
        snippet: z.string().max(800),
        label: resultLabelSchema,
      }),
    )
    .max(500),
});

const selectorVariantSchema = z.object({
  name: z.string().min(1),
  root: z.string().min(1),
  link: z.string().min(1),
  title: z.string().min(1),
  snippet: z.string(),
  ad: z.string(),
  paa: z.string(),
  video: z.string().optional(),
  news: z.string().optional(),
  forum: z.string().optional(),
});

/** Selector variants the user adds or replaces per engine (Settings → Search results pages). */
export const selectorOverrideSchema = z.object({
  google: z.array(selectorVariantSchema).optional(),
  bing: z.array(selectorVariantSchema).optional(),
  duckduckgo: z.array(selectorVariantSchema).optional(),
});

export const serpSettingsSchema = z.object({
  onePerDomain: z.boolean(),
  skipContactedDays: z.number().int().min(0).max(3650),
  selectorOverride: selectorOverrideSchema,
});

export type SerpSettings = z.infer<typeof serpSettingsSchema>;
export type SelectorOverride = z.infer<typeof selectorOverrideSchema>;

export const DEFAULT_SERP_SETTINGS: SerpSettings = { onePerDomain: true, skipContactedDays: 100, selectorOverride: {} };

/** Stored value → settings, field by field, defaults for anything missing or invalid. */
export function parseSerpSettings(raw: unknown): SerpSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const field = <K extends keyof SerpSettings>(key: K): SerpSettings[K] => {
    const parsed = serpSettingsSchema.shape[key].safeParse(value[key]);
    return parsed.success ? (parsed.data as SerpSettings[K]) : DEFAULT_SERP_SETTINGS[key];
  };
  return { onePerDomain: field('onePerDomain'), skipContactedDays: field('skipContactedDays'), selectorOverride: field('selectorOverride') };
}
