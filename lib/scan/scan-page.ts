import type { PageScan, ScanOptions } from '@/lib/schemas/page-scan';
import { approximateSiteDomain } from '@/lib/url/same-site';
import { extractContacts } from './contacts';
import { readMeta } from './meta';
import { classifyPage } from './page-kind';
import { scoreRelevance } from './relevance';
import { spamSignals } from './spam';
import { extractLinks, MAX_URL_LENGTH } from './links';
import { cap, collapse } from './text';
import { pageText, TEXT_LIMIT } from './text-page';
import { formatCount } from '@/lib/text/numbers';

/**
 * Reading links stops this long after it started (a backstop: every per-link read is bounded, so
 * only a page with hundreds of thousands of links comes near it); the rest of the scan is bounded
 * by text limits.
 */
export const LINK_BUDGET_MS = 5_000;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return ''; // not a URL (about:srcdoc and the like): links then compare against nothing
  }
}

/**
 * Scans a document: DOM in, data out. Never touches storage or the network.
 * `options.pageDomain` should be the page's registrable domain computed with tldts by the
 * caller; without it a small approximation is used (see `approximateSiteDomain`).
 */
export function scanPage(doc: Document, url: string, options: Partial<ScanOptions> = {}, now: () => number = Date.now): PageScan {
  const started = typeof performance === 'undefined' ? now() : performance.now();
  const domain = options.pageDomain || approximateSiteDomain(hostOf(url));
  const { links, omitted, ignored, contactHrefs, unread } = extractLinks(doc, { pageDomain: domain, ownDomains: options.ownDomains ?? [], docUrl: url, budgetMs: LINK_BUDGET_MS });
  const contacts = extractContacts(doc, { pageUrl: url, contactHrefs, links });
  const kinds = classifyPage(doc, { url, links });
  const meta = readMeta(doc, url);
  const relevance = scoreRelevance(doc, options.keywords ?? []);
  const spam = spamSignals(doc, { links, pageDomain: domain });
  const skipped: string[] = [];
  if (unread > 0) skipped.push(`Reading links stopped after ${LINK_BUDGET_MS / 1000} s: ${unread} link elements were not read.`);
  if (ignored.tooLong) skipped.push(`${ignored.tooLong} links with URLs over ${MAX_URL_LENGTH / 1024} KB were left out.`);
  if (pageText(doc).truncated) skipped.push(`Only the first ${formatCount(TEXT_LIMIT)} characters of text were read.`);
  const ended = typeof performance === 'undefined' ? now() : performance.now();
  return {
    url,
    title: cap(collapse((doc.title ?? '').slice(0, 4_000)), 1_000),
    contentType: doc.contentType || 'text/html',
    domain,
    scannedAt: now(),
    durationMs: Math.max(0, ended - started),
    links,
    omittedLinks: omitted,
    contacts,
    ignored,
    kinds,
    meta,
    relevance,
    spam,
    skipped,
  };
}
