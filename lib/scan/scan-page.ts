import type { PageScan, ScanOptions } from '@/lib/schemas/page-scan';
import { approximateSiteDomain } from '@/lib/url/same-site';
import { extractContacts } from './contacts';
import { readMeta } from './meta';
import { classifyPage } from './page-kind';
import { scoreRelevance } from './relevance';
import { spamSignals } from './spam';
import { extractLinks } from './links';
import { collapse } from './text';

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
  const { links, omitted, ignored, contactHrefs } = extractLinks(doc, { pageDomain: domain, ownDomains: options.ownDomains ?? [], docUrl: url });
  const contacts = extractContacts(doc, { pageUrl: url, contactHrefs, links });
  const kinds = classifyPage(doc, { url, links });
  const meta = readMeta(doc, url);
  const relevance = scoreRelevance(doc, options.keywords ?? []);
  const spam = spamSignals(doc, { links, pageDomain: domain });
  const ended = typeof performance === 'undefined' ? now() : performance.now();
  return {
    url,
    title: collapse(doc.title ?? ''),
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
  };
}
