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

