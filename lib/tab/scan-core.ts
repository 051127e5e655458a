import { browser } from 'wxt/browser';
import type { PageScan, ScanOptions } from '@/lib/schemas/page-scan';
import { explainInjectError, RESTRICTION_MESSAGES, restrictionFor, type Restriction } from '@/lib/url/restricted';
import { OPTIONS_GLOBAL } from '@/lib/scan/injected-options';
import { injectWithArguments } from './inject';

// Injecting the scanner, kept free of the scan schema (zod) and the Public Suffix List (tldts): the
// popup reaches its first scan through this module alone (lib/tab/popup-scan.ts).

export type Problem = Restriction | { kind: 'error'; message: string };

export type TabScanResult = { ok: true; scan: PageScan; tabId: number } | { ok: false; problem: Problem };

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

/** Why a tab cannot be scanned, or null when it can. */
export async function tabProblem(tab: TargetTab | undefined): Promise<Problem | null> {
  const restriction = restrictionFor(tab?.url, await fileAccessAllowed());
  if (restriction) return restriction;
  return tab?.id === undefined ? { kind: 'no-tab', message: RESTRICTION_MESSAGES['no-tab'] } : null;
}

/** Runs the scanner in a scannable tab and returns what it answered, parsed but not validated. */
export async function injectScanner(tab: TargetTab & { id: number }, options: ScanOptions): Promise<{ ok: true; raw: unknown } | { ok: false; problem: Problem }> {
  try {
    const raw = await injectWithArguments(tab.id, '/content-scripts/scanner.js', OPTIONS_GLOBAL, options);
    // The scanner answers with one JSON string (see entrypoints/scanner.content.ts).
    return { ok: true, raw: typeof raw === 'string' ? JSON.parse(raw) : raw };
  } catch (error) {
    return { ok: false, problem: explainInjectError(error, tab.url) };
  }
}

/** The message for a scan that does not match the schema. */
export function unreadableScan(detail: string | undefined): Problem {
  return { kind: 'error', message: `The page returned an unreadable scan (${detail ?? 'invalid'}).` };
}
