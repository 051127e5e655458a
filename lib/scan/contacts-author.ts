import type { ContactSink } from './contacts-sink';

import { boundedText } from './text';

const MAX_META = 5;
/** Bylines read on the page: a co-written article has two or three, a page listing more is listing others' posts. */
const MAX_BYLINES = 3;

/**
 * Where a byline names someone other than the page's author: comment threads (each comment has
 * its "author"), related and recommended posts, teasers in sidebars, navigation and footers.
 */
export const NOT_THE_AUTHOR =
  '[class*="comment" i], [id*="comment" i], [class*="related" i], [id*="related" i], [class*="recommend" i], ' +
  '[class*="more-" i], [class*="teaser" i], [class*="widget" i], [class*="sidebar" i], ' +
  'aside, nav, footer, [role="complementary"], [role="navigation"], [role="contentinfo"], [itemtype*="Comment" i], [itemtype*="Review" i]';

/** Byline elements of the page's own article: the first article or main when there is one, else the body. */
function ownBylines(doc: Document, selector: string): Element[] {
  const scope = doc.querySelector('article, [role="article"], main, [role="main"]') ?? doc;
  const out: Element[] = [];
  for (const el of Array.from(scope.querySelectorAll(selector))) {
    if (el.closest(NOT_THE_AUTHOR)) continue;
    out.push(el);
    if (out.length >= MAX_BYLINES) break;
  }
  return out;
}

/**
 * The author byline: `<meta name="author">`, `rel="author"` link text, and `.byline` or
 * `.author-name` elements of the page's own article (not commenters, not related posts).
 * (Microdata and JSON-LD authors are read with the structured data.)
 */
export function fromBylines(doc: Document, sink: ContactSink): void {
  for (const meta of Array.from(doc.querySelectorAll('meta[name="author" i]')).slice(0, MAX_META)) {
    sink.author(meta.getAttribute('content') ?? '', 'meta author');
  }
  for (const a of ownBylines(doc, 'a[rel~="author" i]')) sink.author(boundedText(a, 400), 'rel=author link');
  for (const el of ownBylines(doc, '.byline, .author-name')) sink.author(boundedText(el, 400), 'byline');
}
