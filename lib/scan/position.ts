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

/** Where a link sits: its nearest landmark element or ARIA role, else `body`. */
export function positionOf(el: Element): LinkPosition {
  const landmark = el.closest(LANDMARKS);
  if (!landmark) return 'body';
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
