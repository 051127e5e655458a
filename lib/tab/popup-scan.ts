import type { PageScan, ScanOptions } from '@/lib/schemas/page-scan';
import { injectScanner, tabProblem, unreadableScan, type TabScanResult, type TargetTab } from './scan-core';

export interface PopupScanDeps {
  /** The settings the scanner reads (own domains, keywords). */
  lists: () => Promise<Pick<ScanOptions, 'ownDomains' | 'keywords'>>;
  /** Registrable domains of URLs or hosts, in order (lib/tab/domains.ts). */
  domains: (names: readonly string[]) => Promise<string[]>;
}

/** What the scan schema checks in full, loaded on demand: the popup validates right after it shows the links. */
export async function validateScan(raw: unknown, tabId: number): Promise<TabScanResult> {
  const { pageScanSchema } = await import('@/lib/schemas/page-scan');
  const parsed = pageScanSchema.safeParse(raw);
  return parsed.success ? { ok: true, scan: parsed.data, tabId } : { ok: false, problem: unreadableScan(parsed.error.issues[0]?.message) };
}

/** The fields the popup's first render reads. The rest of the scan is checked by `validateScan` right after. */
function firstRenderShape(raw: unknown): PageScan | null {
  if (!raw || typeof raw !== 'object') return null;
  const s = raw as Record<string, unknown>;
  const texts = ['url', 'title', 'domain', 'contentType'].every((k) => typeof s[k] === 'string');
  const lists = ['links', 'contacts', 'kinds'].every((k) => Array.isArray(s[k]));
  const objects = ['meta', 'relevance', 'spam', 'ignored'].every((k) => !!s[k] && typeof s[k] === 'object');
  if (!texts || !lists || !objects) return null;
  return { ...s, omittedLinks: typeof s.omittedLinks === 'number' ? s.omittedLinks : 0 } as unknown as PageScan;
}

/**
 * The popup's scan of its tab: the settings, the page's registrable domain (asked of the
 * background, which holds the Public Suffix List) and the tab's scriptability are read together,
 * then the scanner runs. The result is checked for the shape the list needs, not yet against the
 * whole schema: the popup calls `validateScan` once the links are on screen.
 */
export async function scanTabForPopup(tab: TargetTab | undefined, deps: PopupScanDeps): Promise<TabScanResult> {
  const [problem, lists, [pageDomain = '']] = await Promise.all([tabProblem(tab), deps.lists(), deps.domains([tab?.url ?? ''])]);
  if (problem || tab?.id === undefined) return { ok: false, problem: problem ?? unreadableScan(undefined) };
  const injected = await injectScanner({ ...tab, id: tab.id }, { pageDomain, ownDomains: lists.ownDomains, keywords: lists.keywords });
  if (!injected.ok) return injected;
  const scan = firstRenderShape(injected.raw);
  return scan ? { ok: true, scan, tabId: tab.id } : validateScan(injected.raw, tab.id);
}
