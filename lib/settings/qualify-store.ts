import { storage } from 'wxt/utils/storage';
import { DEFAULT_QUALIFY_RULES, qualifyRulesSchema, type QualifyRules } from '@/lib/schemas/qualify';

const item = storage.defineItem<unknown>('local:qualifyRules');

/** Stored rules over the defaults; anything invalid falls back to the defaults. */
export function parseQualifyRules(raw: unknown): QualifyRules {
  const parsed = qualifyRulesSchema.safeParse({ ...DEFAULT_QUALIFY_RULES, ...(raw && typeof raw === 'object' ? raw : {}) });
  return parsed.success ? parsed.data : DEFAULT_QUALIFY_RULES;
}

export async function loadQualifyRules(): Promise<QualifyRules> {
  return parseQualifyRules(await item.getValue());
}

/** Validates and stores; throws the validation error for the form to show. */
export async function saveQualifyRules(rules: QualifyRules): Promise<QualifyRules> {
  const parsed = qualifyRulesSchema.parse(rules);
  await item.setValue(parsed);
  return parsed;
}
