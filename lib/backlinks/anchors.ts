import type { AnchorClass } from './types';

/** Anchors that say nothing about the target. */
const GENERIC = new Set([
  'click here', 'here', 'this', 'read more', 'more', 'link', 'website', 'web site', 'this site', 'this website', 'learn more',
  'source', 'visit', 'visit site', 'visit website', 'go', 'page', 'this page', 'article', 'this article', 'home', 'homepage',
  'view', 'see more', 'more info', 'more information', 'continue reading', 'read the article', 'find out more', 'details',
]);
const NAKED = /^(https?:\/\/)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i;

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface AnchorContext {
  /** The user's brand names and the first labels of their domains ("acme" for acme.com). */
  brandTerms: readonly string[];
  /** The keywords the user wants to rank for. */
  keywords: readonly string[];
}

/** Brand terms from the user's domains: "acme-tools.co.uk" gives "acme tools". */
export function brandTermsFrom(domains: readonly string[]): string[] {
  return domains.map((d) => words(d.replace(/^www\./, '').split('.')[0] ?? '')).filter(Boolean);
}

/**
 * Classifies an anchor: image (an image link, or no text), naked URL, generic, branded (names the
 * brand), exact match (is a keyword), partial match (contains a keyword, or most of its words),
 * other. The order decides ties: "acme garden tools" with brand "acme" is branded.
 */
export function classifyAnchor(anchor: string, image: boolean, ctx: AnchorContext): AnchorClass {
  const text = anchor.trim();
  if (image || !text) return 'image';
  if (NAKED.test(text)) return 'naked-url';
  const w = words(text);
  if (GENERIC.has(w)) return 'generic';
  const padded = ` ${w} `;
  if (ctx.brandTerms.some((b) => b && padded.includes(` ${words(b)} `))) return 'branded';
  const keywords = ctx.keywords.map(words).filter(Boolean);
  if (keywords.includes(w)) return 'exact';
  const mine = new Set(w.split(' '));
  const partial = keywords.some((k) => padded.includes(` ${k} `) || (() => {
    const kw = k.split(' ');
    return kw.length > 1 && kw.filter((x) => mine.has(x)).length * 2 >= kw.length;
  })());
  return partial ? 'partial' : 'other';
}
