import type { ScanOptions } from '@/lib/schemas/page-scan';

/** The global the caller sets (in the extension's isolated world) just before injecting the scanner. */
export const OPTIONS_GLOBAL = '__linkscoutScanOptions';

/**
 * Reads and removes the options left for the scanner. Checked by hand rather than with zod so
 * the injected bundle stays small; anything malformed is ignored and defaults apply.
 */
export function takeInjectedOptions(scope: Record<string, unknown>): Partial<ScanOptions> {
  const raw = scope[OPTIONS_GLOBAL];
  delete scope[OPTIONS_GLOBAL];
  if (!raw || typeof raw !== 'object') return {};
  const { pageDomain, ownDomains, keywords } = raw as Record<string, unknown>;
  return {
    pageDomain: typeof pageDomain === 'string' ? pageDomain : undefined,
    ownDomains: strings(ownDomains),
    keywords: strings(keywords),
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
