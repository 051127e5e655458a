import { errorText } from '@/lib/text/error-text';
import { isHttpUrl } from './scheme';

/**
 * Pages an extension may not script. Checked before injecting so the popup can say why
 * instead of showing an empty list; errors from executeScript are mapped by `explainInjectError`.
 */
export type RestrictionKind = 'browser-page' | 'web-store' | 'file-access' | 'pdf' | 'error-page' | 'unsupported-scheme' | 'no-tab';
export interface Restriction {
  kind: RestrictionKind;
  message: string;
}

export const RESTRICTION_MESSAGES: Record<Exclude<RestrictionKind, 'unsupported-scheme'>, string> = {
  'browser-page': 'This is a browser page. Browsers do not let extensions read their own pages: open a website to scan it.',
  'web-store': 'Extension stores are protected by the browser: no extension may read them.',
  'file-access': 'This is a local file. To scan local files, turn on "Allow access to file URLs" for Linkscout on the extensions page.',
  pdf: "This is a PDF shown in the browser's viewer. Linkscout scans web pages, not PDF files.",
  'no-tab': 'No page is open in this tab.',
  'error-page': "This tab shows the browser's error page: the site did not load. Reload the page (or check the address and your connection), then open Linkscout again.",
};

const restriction = (kind: Exclude<RestrictionKind, 'unsupported-scheme'>): Restriction => ({ kind, message: RESTRICTION_MESSAGES[kind] });

const STORE_HOSTS: readonly [string, string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
];

const BROWSER_SCHEMES = new Set([
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:',
  'about:', 'moz-extension:', 'resource:', 'view-source:', 'brave:', 'opera:', 'vivaldi:',
]);

/**
 * Why `url` cannot be scanned, or null when it can. An unknown URL (the browser hides it from
 * extensions without access to the page) is not judged here: the injection itself will tell.
 */
export function restrictionFor(url: string | undefined, fileAccessAllowed: boolean): Restriction | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unsupported-scheme', message: `This tab's address (${url}) is not a web page.` };
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return restriction('browser-page');
  if (parsed.protocol === 'file:') return fileAccessAllowed ? null : restriction('file-access');
  if (!isHttpUrl(parsed)) {
    return { kind: 'unsupported-scheme', message: `Linkscout scans web pages; ${parsed.protocol} addresses cannot be scanned.` };
  }
  const host = parsed.hostname.toLowerCase();
  if (STORE_HOSTS.some(([h, path]) => host === h && parsed.pathname.startsWith(path))) return restriction('web-store');
  return null;
}

/** Turns an executeScript failure into a message a user can act on. */
export function explainInjectError(error: unknown, url: string | undefined): Restriction | { kind: 'error'; message: string } {
  const text = errorText(error);
  if (/gallery cannot be scripted/i.test(text)) return restriction('web-store');
  if (/showing error page/i.test(text)) return restriction('error-page');
  if (/\.pdf($|[?#])/i.test(url ?? '')) return restriction('pdf');
  if ((url ?? '').startsWith('file:') || /file:\/\//.test(text)) return restriction('file-access');
  if (/cannot access|cannot be scripted|chrome:\/\/|extension:\/\/|missing host permission/i.test(text)) return restriction('browser-page');
  return { kind: 'error', message: `The page could not be scanned: ${text}` };
}
