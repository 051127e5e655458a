import { browser } from 'wxt/browser';
import { pageScanSchema, type PageScan, type ScanOptions } from '@/lib/schemas/page-scan';
import { registrableDomain } from '@/lib/url/domain';
import { explainInjectError, RESTRICTION_MESSAGES, restrictionFor, type Restriction } from '@/lib/url/restricted';
import { OPTIONS_GLOBAL } from '@/lib/scan/injected-options';
import { injectWithArguments } from './inject';

export type TabScanResult =
  | { ok: true; scan: PageScan; tabId: number }
  | { ok: false; problem: Restriction | { kind: 'error'; message: string } };

export interface TargetTab {
  id?: number;
  url?: string;
}

/** The tab to scan: `?tab=<id>` when the popup is opened for a given tab (pop-out window, tests), else the active tab. */
export async function resolveTargetTab(search: string): Promise<TargetTab | undefined> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false; // API missing (some Firefox versions): treat file pages as not scriptable
  }
}

/** Injects the scanner into a tab and returns its validated PageScan, or why it could not. */
export async function scanTab(tab: TargetTab | undefined, settings: Pick<ScanOptions, 'ownDomains' | 'keywords'>): Promise<TabScanResult> {
  const restriction = restrictionFor(tab?.url, await fileAccessAllowed());
  if (restriction) return { ok: false, problem: restriction };
  const tabId = tab?.id;
  if (tabId === undefined) return { ok: false, problem: { kind: 'no-tab', message: RESTRICTION_MESSAGES['no-tab'] } };
  const options: ScanOptions = { pageDomain: registrableDomain(tab?.url ?? ''), ownDomains: settings.ownDomains, keywords: settings.keywords };
  try {
    const raw = await injectWithArguments(tabId, '/content-scripts/scanner.js', OPTIONS_GLOBAL, options);
    // The scanner answers with one JSON string (see entrypoints/scanner.content.ts).
    const parsed = pageScanSchema.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw);
    if (!parsed.success) {
      return { ok: false, problem: { kind: 'error', message: `The page returned an unreadable scan (${parsed.error.issues[0]?.message ?? 'invalid'}).` } };
    }
    return { ok: true, scan: parsed.data, tabId };
  } catch (error) {
    return { ok: false, problem: explainInjectError(error, tab?.url) };
  }
}
