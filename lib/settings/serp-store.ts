import { storage } from 'wxt/utils/storage';
import { parseSerpSettings, serpSettingsSchema, type SerpSettings } from '@/lib/schemas/serp';

// Kept in local storage: selector overrides can outgrow a sync item's size limit.
const item = storage.defineItem<unknown>('local:serpSettings');

export async function loadSerpSettings(): Promise<SerpSettings> {
  return parseSerpSettings(await item.getValue());
}

/** Validates and stores; throws the validation error for the form to show. */
export async function saveSerpSettings(next: SerpSettings): Promise<SerpSettings> {
  const parsed = serpSettingsSchema.parse(next);
  await item.setValue(parsed);
  return parsed;
}
