import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseStoredSettings, settingsSchema, type Settings } from '@/lib/schemas/settings';
import { errorText } from '@/lib/text/error-text';

// Settings sync across the user's browsers when sync storage is available.
const item = storage.defineItem<unknown>('sync:settings');

/** The stored settings, validated; invalid parts fall back to defaults and are reported. */
export async function loadSettings(): Promise<{ settings: Settings; problems: string[] }> {
  try {
    return parseStoredSettings(await item.getValue());
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, problems: [`Settings could not be read: ${errorText(error)}`] };
  }
}

/** Validates and stores settings. Returns the stored (normalised) value, or throws the validation error. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const parsed = settingsSchema.parse(next);
  await item.setValue(parsed);
  return parsed;
}

/** Calls `onChange` with the validated settings whenever they change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return item.watch((value) => onChange(parseStoredSettings(value).settings));
}
