import { pageScanSchema, type ScanOptions } from '@/lib/schemas/page-scan';
import { registrableDomain } from '@/lib/url/domain';
import { injectScanner, tabProblem, unreadableScan, type TabScanResult, type TargetTab } from './scan-core';

export { resolveTargetTab, type TabScanResult, type TargetTab } from './scan-core';

/** Injects the scanner into a tab and returns its validated PageScan, or why it could not. */
export async function scanTab(tab: TargetTab | undefined, settings: Pick<ScanOptions, 'ownDomains' | 'keywords'>): Promise<TabScanResult> {
  const problem = await tabProblem(tab);
  if (problem || tab?.id === undefined) return { ok: false, problem: problem ?? unreadableScan(undefined) };
  const options: ScanOptions = { pageDomain: registrableDomain(tab.url ?? ''), ownDomains: settings.ownDomains, keywords: settings.keywords };
  const injected = await injectScanner({ ...tab, id: tab.id }, options);
  if (!injected.ok) return injected;
  const parsed = pageScanSchema.safeParse(injected.raw);
  if (!parsed.success) return { ok: false, problem: unreadableScan(parsed.error.issues[0]?.message) };
  return { ok: true, scan: parsed.data, tabId: tab.id };
}
