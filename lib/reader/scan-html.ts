import { scanPage } from '@/lib/scan/scan-page';
import { pageText } from '@/lib/scan/text-page';
import type { PageScan, ScanOptions } from '@/lib/schemas/page-scan';

const NOSCRIPT = /<noscript\b[^>]*>([\s\S]*?)<\/noscript/gi;

/** Letters and digits only, entities dropped: equal for a source chunk and its re-serialisation. */
const signature = (markup: string) => markup.replace(/&(?:#?\w+);/g, '').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * DOMParser parses with scripting disabled, so `<noscript>` content becomes elements; a browser
 * tab (scripting enabled, even where the page's scripts are blocked) keeps it as one raw text node.
 * Putting the source text back makes the parsed document the tab's. Source chunks are matched to
 * elements in order by their letters (some `<noscript>` tags in the source sit inside scripts or
 * comments and are no elements); an element with no match keeps its serialised content as text.
 */
function flattenNoscript(doc: Document, html: string): void {
  const elements = Array.from(doc.querySelectorAll('noscript'));
  if (elements.length === 0) return;
  const raw = Array.from(html.matchAll(NOSCRIPT), (m) => m[1] ?? '');
  const rawSignatures = raw.map(signature);
  let next = 0;
  for (const el of elements) {
    const serialised = el.innerHTML;
    const wanted = signature(serialised);
    let found = -1;
    for (let i = next; i < raw.length && found < 0; i++) if (rawSignatures[i] === wanted) found = i;
    if (found >= 0) next = found + 1;
    el.textContent = found >= 0 ? (raw[found] ?? '') : serialised;
  }
}

/**
 * A parsed document's URL is its parser's (the offscreen page's), so relative links would resolve
 * against the extension. Pointing the first `<base href>` (the one browsers obey) at its absolute
 * form, or adding one, makes `baseURI` what it is in a tab showing the page.
 */
export function anchorDocument(doc: Document, pageUrl: string): void {
  const existing = doc.querySelector('base[href]');
  if (existing) {
    const href = existing.getAttribute('href') ?? '';
    existing.setAttribute('href', URL.canParse(href, pageUrl) ? new URL(href, pageUrl).href : pageUrl);
    return;
  }
  const base = doc.createElement('base');
  base.setAttribute('href', pageUrl);
  doc.head.prepend(base);
}

export interface HtmlScan {
  scan: PageScan;
  /** Parsing and scanning time. */
  parseMs: number;
  /** Words of the main text (no script, style, navigation, footer or sidebar), as the scanner's rules read it. */
  wordCount: number;
}

/**
 * Parses HTML with the platform's DOMParser (scripts do not run) and runs the same scanner the
 * tab uses on it. Runs where DOMParser exists: the offscreen document on Chrome, the background
 * page on Firefox.
 */
export function scanHtml(
  html: string, pageUrl: string, options: Partial<ScanOptions>, parser: DOMParser = new DOMParser(), clock: () => number = () => performance.now(),
): HtmlScan {
  const started = clock();
  const doc = parser.parseFromString(html, 'text/html');
  anchorDocument(doc, pageUrl);
  flattenNoscript(doc, html);
  const scan = scanPage(doc, pageUrl, options);
  // The scan read the text moments ago in this same task: this is its cached count, not a second walk.
  const wordCount = pageText(doc).words;
  return { scan, parseMs: Math.max(0, clock() - started), wordCount };
}
