import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseStoredSettings, settingsSchema, type Settings } from '@/lib/schemas/settings';
import { settingsQuotaProblem, type QuotaFacts } from '@/lib/settings/quota';
import { errorText } from '@/lib/text/error-text';

// Settings stay on this computer (storage.local): sync storage would copy them, exclusion patterns
// and own domains included, to the browser vendor's servers whenever the user has sync on.
const item = storage.defineItem<unknown>('local:settings');
// Where versions before 0.2 kept them; read once, then removed.
const legacy = storage.defineItem<unknown>('sync:settings');

async function stored(): Promise<unknown> {
  const value = await item.getValue();
  if (value !== null && value !== undefined) return value;
  const old = await legacy.getValue().catch((error: unknown) => {
    console.warn('Linkscout: old synced settings could not be read', error);
    return null;
  });
  if (old === null || old === undefined) return null;
  await item.setValue(old);
  await legacy.removeValue();
  return old;
}

/** The stored settings, validated; invalid parts fall back to defaults and are reported. */
export async function loadSettings(): Promise<{ settings: Settings; problems: string[] }> {
  try {
    return parseStoredSettings(await stored());
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, problems: [`Settings could not be read: ${errorText(error)}`] };
  }
}

/**
 * Validates and stores settings. Returns the stored (normalised) value, or throws the validation
 * error or, given the storage's real quota (lib/tab/storage-quota.ts), a quota error in words.
 */
export async function saveSettings(next: Settings, quota: Pick<QuotaFacts, 'quotaBytes' | 'inUseBytes'> = { quotaBytes: null, inUseBytes: null }): Promise<Settings> {
  const parsed = settingsSchema.parse(next);
  const problem = settingsQuotaProblem(parsed, { ...quota, currentValue: await item.getValue() });
  if (problem) throw new Error(problem);
  await item.setValue(parsed);
  return parsed;
}

/** Calls `onChange` with the validated settings whenever they change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return item.watch((value) => onChange(parseStoredSettings(value).settings));
}
