import type { IgnoredHrefs } from '@/lib/schemas/page-scan';
import { boundedText, cap, collapse } from './text';

/** The small pure pieces of link extraction: rel tokens, anchor text, merge key, scheme buckets. */

const TEXT_MAX = 200;

export function emptyIgnored(): IgnoredHrefs {
  return { javascript: 0, data: 0, blob: 0, mailto: 0, tel: 0, fragment: 0, other: 0, malformed: 0, tooLong: 0 };
}

export function parseRel(value: string | null): string[] {
  if (!value) return [];
  const tokens = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return Array.from(new Set(tokens));
}

/** Visible text of a link (never a `<noscript>` fallback's markup), or the alt/label of what it wraps. */
export function linkText(el: Element): string {
  const text = collapse(boundedText(el, TEXT_MAX * 2));
  if (text) return cap(text, TEXT_MAX);
  const img = el.querySelector('img[alt], [aria-label]');
  const alt = img?.getAttribute('alt') ?? img?.getAttribute('aria-label');
  const label = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.getAttribute('alt') ?? alt ?? '';
  return cap(collapse(label), TEXT_MAX);
}

/**
 * `hostOnSite(host, siteDomain)` for one site, its domain prepared once: the link extractor asks
 * it for every link. Hosts come from the URL parser, so they are lowercase already.
 */
export function siteTest(siteDomain: string): (host: string) => boolean {
  const d = siteDomain.toLowerCase().replace(/\.$/, '');
  const dotted = `.${d}`;
  return (host) => {
    if (!d) return false;
    const h = host.endsWith('.') ? host.slice(0, -1) : host;
    return h === d || h.endsWith(dotted);
  };
}

export function schemeBucket(protocol: string): keyof IgnoredHrefs {
  switch (protocol) {
    case 'javascript:':
      return 'javascript';
    case 'data:':
      return 'data';
    case 'blob:':
      return 'blob';
    case 'mailto:':
      return 'mailto';
    case 'tel:':
    case 'callto:':
    case 'sms:':
      return 'tel';
    default:
      return 'other';
  }
}

