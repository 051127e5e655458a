import type { LinkscoutDb } from '@/lib/db/database';
import { saveProspectFromScan } from '@/lib/db/prospects';
import type { PageScan } from '@/lib/schemas/page-scan';
import type { Settings } from '@/lib/schemas/settings';
import { scanTab, type TargetTab } from '@/lib/tab/scan-tab';
import { registrableDomain } from '@/lib/url/domain';
import { isHttpUrl } from '@/lib/url/network';
import { errorText } from '@/lib/text/error-text';

export type CaptureResult = { ok: true; title: string; created: boolean } | { ok: false; message: string };

/**
 * A PageScan for a page that is not open (a link's target, saved from the context menu): its
 * address and the link's text, nothing read from the page itself.
 */
export function linkTargetScan(url: string, text: string, now: number): PageScan {
  return {
    url, title: text.trim().replace(/\s+/g, ' ').slice(0, 200), contentType: 'text/html', domain: registrableDomain(url),
    scannedAt: now, durationMs: 0, links: [], omittedLinks: 0, contacts: [],
    ignored: { javascript: 0, data: 0, blob: 0, mailto: 0, tel: 0, fragment: 0, other: 0, malformed: 0 },
    kinds: [], meta: { description: '', canonical: null, robots: { noindex: false, nofollow: false, directives: [] }, lang: '', published: null, modified: null },
    relevance: { score: 0, hits: [] }, spam: { score: 0, signals: [] },
  };
}

/** Scans an open tab and saves it as a prospect (context menu on a page, keyboard shortcut). */
export async function captureTab(db: LinkscoutDb, tab: TargetTab, settings: Settings): Promise<CaptureResult> {
  const scanned = await scanTab(tab, settings);
  if (!scanned.ok) return { ok: false, message: scanned.problem.message };
  try {
    const { prospect, created } = await saveProspectFromScan(db, scanned.scan);
    return { ok: true, title: prospect.title || prospect.url, created };
  } catch (error) {
    return { ok: false, message: errorText(error) };
  }
}

/** Saves a link's target as a prospect without opening it. */
export async function captureLink(db: LinkscoutDb, url: string, text: string, now: number): Promise<CaptureResult> {
  if (!isHttpUrl(url)) return { ok: false, message: 'Only web links (http or https) can be saved as prospects.' };
  try {
    const { prospect, created } = await saveProspectFromScan(db, linkTargetScan(url, text || url, now));
    return { ok: true, title: prospect.title || prospect.url, created };
  } catch (error) {
    return { ok: false, message: errorText(error) };
  }
}
