import { browser } from 'wxt/browser';

/** The extension storage's real limit and use, where the browser tells (Firefox's local area gives no byte count). */
export async function localStorageQuota(): Promise<{ quotaBytes: number | null; inUseBytes: number | null }> {
  const area = browser.storage.local as { QUOTA_BYTES?: number; getBytesInUse?: (keys: null) => Promise<number> };
  return { quotaBytes: area.QUOTA_BYTES ?? null, inUseBytes: area.getBytesInUse ? await area.getBytesInUse(null) : null };
}
