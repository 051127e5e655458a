import { storage } from 'wxt/utils/storage';
import { footprintPrefsSchema, type FootprintPrefs } from '@/lib/schemas/footprints';

const item = storage.defineItem<unknown>('local:footprints');

/** The stored builder preferences, or null when there are none (or they no longer validate). */
export async function loadFootprintPrefs(): Promise<FootprintPrefs | null> {
  const parsed = footprintPrefsSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : null;
}

export async function saveFootprintPrefs(prefs: FootprintPrefs): Promise<void> {
  await item.setValue(footprintPrefsSchema.parse(prefs));
}
