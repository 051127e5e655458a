import { z } from 'zod';
import { domainListSchema } from '@/lib/schemas/settings';

/** The disqualifiers as stored settings (each with its default in lib/qualify/types.ts). */
export const qualifyRulesSchema = z.object({
  notIndexable: z.boolean(),
  deadOrParked: z.boolean(),
  languages: z.array(z.string().trim().toLowerCase().regex(/^[a-z]{2,3}(?:-[a-z0-9]+)*$/, { message: 'is not a language code (en, de, pt-br)' })).max(20),
  maxSpamScore: z.number().int().min(0).max(100),
  alreadyContacted: z.boolean(),
  blocklist: domainListSchema,
  competitors: domainListSchema,
});

export type QualifyRules = z.infer<typeof qualifyRulesSchema>;

/** Each disqualifier's default. */
export const DEFAULT_QUALIFY_RULES: QualifyRules = {
  notIndexable: true,
  deadOrParked: true,
  /** Wanted languages (e.g. ["en"]); empty accepts any. */
  languages: [],
  /** Disqualify when the spam score is above this (0–100); 100 turns it off. */
  maxSpamScore: 60,
  alreadyContacted: true,
  blocklist: [],
  competitors: [],
};
