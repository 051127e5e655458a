import { storage } from 'wxt/utils/storage';
import { savedScanLists, type ScanLists } from '@/lib/schemas/list-rules';

/** No settings stored, here or where versions before 0.2 kept them: the defaults. */
async function nothingStored(): Promise<ScanLists | null> {
  const legacy = await storage.getItem<unknown>('sync:settings');
  return legacy === null || legacy === undefined ? { ownDomains: [], keywords: [] } : null;
}

/**
 * The settings the scanner needs (own domains, keywords), read without loading the settings
 * schema when they are stored as the options page saves them: the popup's first scan does not
 * wait for zod. Anything else (old synced settings to move, lists edited by hand) goes through
 * `loadSettings`, with the same result it always gave.
 */
export async function loadScanSettings(): Promise<ScanLists> {
  try {
    const stored = await storage.getItem<unknown>('local:settings');
    const lists = stored === null || stored === undefined ? await nothingStored() : savedScanLists(stored);
    if (lists) return lists;
  } catch (error) {
    console.warn('Linkscout: settings could not be read directly; reading them through the schema', error);
  }
  const { loadSettings } = await import('./store');
  const { settings } = await loadSettings();
  return { ownDomains: settings.ownDomains, keywords: settings.keywords };
}
