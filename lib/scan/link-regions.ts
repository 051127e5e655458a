/**
 * Regions around the main text whose links are not editorial: navigation, headers, footers,
 * sidebars, share and follow widgets, related-post boxes, comment sections, breadcrumbs.
 */
const REGION_TAGS = new Set(['nav', 'footer', 'aside', 'header']);
const REGION_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'doc-bibliography', 'doc-endnotes']);
const REGION_CLASS = /share|social|sharing|addtoany|related|comment|breadcrumb|sidebar|widget|menu|newsletter-signup/i;
const REGION_ID = /share|related|comments|sidebar/i;
const CITATION_CLASS = /references|reflist|footnotes/i;
const CITATION_TOKENS = new Set(['references', 'reflist', 'footnotes']);
/**
 * Every element that could be a region, in document order; which are is decided in code. The same
 * test as one selector list (`nav, …, [class*="share" i], [id*="related" i], …, .references`) costs
 * several times more: a browser runs each case-insensitive substring selector on every element.
 */
const CANDIDATES = 'nav, footer, aside, header, [role], [class], [id]';

/** `.references`, `.reflist`, `.footnotes`: class tokens, matched without case in quirks mode as selectors are. */
function citationClass(value: string, quirks: boolean): boolean {
  if (!CITATION_CLASS.test(value)) return false;
  return value.split(/[\t\n\f\r ]+/).some((token) => CITATION_TOKENS.has(quirks ? token.toLowerCase() : token));
}

function isRegion(el: Element, quirks: boolean): boolean {
  if (REGION_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role !== null && REGION_ROLES.has(role)) return true;
  const id = el.getAttribute('id');
  if (id !== null && REGION_ID.test(id)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && (REGION_CLASS.test(cls) || citationClass(cls, quirks));
}

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
  const quirks = doc.compatMode === 'BackCompat';
  for (const region of Array.from(doc.querySelectorAll(CANDIDATES))) {
    if (!isRegion(region, quirks) || last?.contains(region)) continue; // its anchors were taken with the enclosing region
    const semantic = /^(?:NAV|FOOTER|ASIDE|HEADER)$/.test(region.tagName.toUpperCase()) || ROLES.test(region.getAttribute('role') ?? '');
    if (ownHeader(region) || (!semantic && wrapsContent(region))) continue;
    last = region;
    for (const a of Array.from(region.querySelectorAll('a, area'))) out.add(a);
  }
  return out;
}
