// The rules of the settings' domain and keyword lists, free of zod: the popup reads a stored list
// that is already in this form without loading the schema (lib/settings/scan-settings.ts).

export const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
export const MAX_DOMAINS = 100;
export const MAX_KEYWORDS = 50;
export const MAX_KEYWORD_LENGTH = 60;

/** Accepts "example.com", "https://www.example.com/path" or "Example.COM" and keeps the bare host. */
export function toDomain(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return '';
  try {
    const url = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`);
    return url.hostname.replace(/^www\./, '');
  } catch {
    return trimmed;
  }
}

export function normalizeKeyword(keyword: string): string {
  return keyword.trim().replace(/\s+/g, ' ').toLowerCase();
}

function strings(raw: unknown): raw is string[] {
  return Array.isArray(raw) && raw.every((s) => typeof s === 'string');
}

/** The list itself when it is exactly what the domain list schema would make of it (as saved), else null. */
export function normalizedDomains(raw: unknown): string[] | null {
  if (!strings(raw) || raw.length > MAX_DOMAINS || new Set(raw).size !== raw.length) return null;
  return raw.every((d) => d !== '' && toDomain(d) === d && HOST.test(d)) ? raw : null;
}

/** The list itself when it is exactly what the keyword list schema would make of it (as saved), else null. */
export function normalizedKeywords(raw: unknown): string[] | null {
  if (!strings(raw) || raw.length > MAX_KEYWORDS || new Set(raw).size !== raw.length) return null;
  return raw.every((k) => k !== '' && k.length <= MAX_KEYWORD_LENGTH && normalizeKeyword(k) === k) ? raw : null;
}

export interface ScanLists {
  ownDomains: string[];
  keywords: string[];
}

/**
 * The scanner's lists from stored settings when both are as saved (or absent, which means the
 * defaults): exactly what `parseStoredSettings` would give for them. Null when only the schema can say.
 */
export function savedScanLists(stored: unknown): ScanLists | null {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const ownDomains = value.ownDomains === undefined ? [] : normalizedDomains(value.ownDomains);
  const keywords = value.keywords === undefined ? [] : normalizedKeywords(value.keywords);
  return ownDomains && keywords ? { ownDomains, keywords } : null;
}
