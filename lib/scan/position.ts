import type { LinkPosition } from '@/lib/schemas/page-scan';

const LANDMARKS =
  'header, nav, main, article, aside, footer, [role="banner"], [role="navigation"], [role="main"], [role="article"], [role="complementary"], [role="contentinfo"]';

const ROLE_TO_POSITION: Record<string, LinkPosition> = {
  banner: 'header',
  navigation: 'nav',
  main: 'main',
  article: 'article',
  complementary: 'aside',
  contentinfo: 'footer',
};

const LANDMARK_ROLES = new Set(Object.keys(ROLE_TO_POSITION));
const LANDMARK_TAGS = new Set(['header', 'nav', 'main', 'article', 'aside', 'footer']);
/** `LANDMARKS` as tags and any role, the role's value tested in code: cheaper than six attribute-value selectors. */
const LANDMARK_CANDIDATES = 'header, nav, main, article, aside, footer, [role]';

function isLandmark(el: Element): boolean {
  if (LANDMARK_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  return role !== null && LANDMARK_ROLES.has(role);
}

/** Where a link sits: its nearest landmark element or ARIA role, else `body`. */
export function positionOf(el: Element): LinkPosition {
  const landmark = el.closest(LANDMARKS);
  return landmark ? landmarkPosition(landmark) : 'body';
}

/**
 * The position of every anchor of the document that sits in a landmark, found landmark by landmark
 * in document order (an inner landmark comes later and wins): one query per landmark instead of an
 * ancestor search per link. Anchors missing from the map are in no landmark of `doc`'s own tree.
 */
export function anchorPositions(doc: Document): Map<Element, LinkPosition> {
  const out = new Map<Element, LinkPosition>();
  for (const landmark of Array.from(doc.querySelectorAll(LANDMARK_CANDIDATES))) {
    if (!isLandmark(landmark)) continue;
    const position = landmarkPosition(landmark);
    for (const a of Array.from(landmark.querySelectorAll('a, area'))) out.set(a, position);
  }
  return out;
}

function landmarkPosition(landmark: Element): LinkPosition {
  const role = landmark.getAttribute('role')?.trim().toLowerCase();
  if (role && ROLE_TO_POSITION[role]) return ROLE_TO_POSITION[role];
  const tag = landmark.tagName.toLowerCase();
  switch (tag) {
    case 'header':
    case 'nav':
    case 'main':
    case 'article':
    case 'aside':
    case 'footer':
      return tag;
    default:
      return 'body';
  }
}
