/** The size storage counts for one item: its key and its JSON text, in UTF-8 bytes. */
export function storedSize(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value ?? null)).length;
}

/** Settings never take more than this share of the extension's storage: follow-up marks and the rest need room too. */
export const SETTINGS_SHARE = 0.1;

export interface QuotaFacts {
  /** The browser's limit for the storage area (`storage.local.QUOTA_BYTES`), null when it sets none. */
  quotaBytes: number | null;
  /** Bytes in use now, null when the browser cannot tell. */
  inUseBytes: number | null;
  /** The settings stored now (their bytes are freed by the write). */
  currentValue: unknown;
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/**
 * Why settings would not fit the real storage limit, or null when they fit. Checked before the
 * write, so the user reads a sentence instead of the browser's "quota exceeded".
 */
export function settingsQuotaProblem(settings: unknown, facts: QuotaFacts, key = 'settings'): string | null {
  if (facts.quotaBytes === null) return null;
  const size = storedSize(key, settings);
  const share = Math.floor(facts.quotaBytes * SETTINGS_SHARE);
  if (size > share) return `These settings need ${kb(size)}, more than the ${kb(share)} kept for settings. Remove some exclusion patterns, domains or keywords.`;
  if (facts.inUseBytes === null) return null;
  const current = facts.currentValue === null || facts.currentValue === undefined ? 0 : storedSize(key, facts.currentValue);
  const free = facts.quotaBytes - (facts.inUseBytes - current);
  if (size > free) return `These settings need ${kb(size)}, but only ${kb(Math.max(0, free))} of the browser's extension storage is free.`;
  return null;
}
