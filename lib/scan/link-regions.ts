/**
 * Regions around the main text whose links are not editorial: navigation, headers, footers,
 * sidebars, share and follow widgets, related-post boxes, comment sections, breadcrumbs.
 */
const REGIONS = [
  'nav', 'footer', 'aside', 'header', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]',
  '[class*="share" i]', '[id*="share" i]', '[class*="social" i]', '[class*="sharing" i]', '[class*="addtoany" i]',
  '[class*="related" i]', '[id*="related" i]', '[class*="comment" i]', '[id*="comments" i]', '[class*="breadcrumb" i]',
  '[class*="sidebar" i]', '[id*="sidebar" i]', '[class*="widget" i]', '[class*="menu" i]', '[class*="newsletter-signup" i]',
  '.references', '.reflist', '.footnotes', '[role="doc-bibliography"]', '[role="doc-endnotes"]',
].join(', ');

const ROLES = /^\s*(?:navigation|banner|contentinfo|complementary)\s*$/i;

/** A header inside an article or main is the article's own (title, byline, dateline): it stays content. */
function ownHeader(el: Element): boolean {
  return el.tagName.toUpperCase() === 'HEADER' && el.parentElement?.closest('article, main, [role="main"]') != null;
}

/**
 * A class-matched region that holds the page's heading or main text is a theme's wrapper
 * (`<div class="site-with-sidebar">`, `<body class="social-theme">`), not a widget.
 */
function wrapsContent(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return true;
  return el.querySelector('h1, main, article, [role="main"]') !== null;
}

/** Anchors of the main document that sit in one of the regions above, found region by region. */
export function outsideContentAnchors(doc: Document): Set<Element> {
  const out = new Set<Element>();
  let last: Element | null = null;
  for (const region of Array.from(doc.querySelectorAll(REGIONS))) {
    if (last?.contains(region)) continue; // its anchors were taken with the enclosing region
    const semantic = /^(?:NAV|FOOTER|ASIDE|HEADER)$/.test(region.tagName.toUpperCase()) || ROLES.test(region.getAttribute('role') ?? '');
    if (ownHeader(region) || (!semantic && wrapsContent(region))) continue;
    last = region;
    for (const a of Array.from(region.querySelectorAll('a, area'))) out.add(a);
  }
  return out;
}
