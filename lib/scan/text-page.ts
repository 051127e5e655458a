/** The page's running text, read once per scan and shared by the kind, relevance and spam rules. */
export interface PageText {
  /** Content text with whitespace collapsed: no script, style, navigation, footer or sidebar. */
  text: string;
  /** `text` folded for matching: lowercase, without diacritics (see `fold`). */
  folded: string;
  /** Whitespace-separated words in `text`. */
  words: number;
  /** Whether the page had more text than `TEXT_LIMIT` and the rest was not read. */
  truncated: boolean;
}

/** Text beyond this many characters is not read: enough to judge a page, bounded inside huge ones. */
export const TEXT_LIMIT = 500_000;

/** Boilerplate regions: words in them describe the site, not this page. */
export const BOILERPLATE =
  'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"]';

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'FOOTER', 'ASIDE', 'SELECT', 'IFRAME', 'OBJECT', 'CANVAS']);
const SKIPPED_ROLES = new Set(['navigation', 'contentinfo', 'complementary']);
const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'SMALL', 'MARK', 'CODE', 'ABBR', 'CITE', 'Q', 'SUP', 'SUB', 'FONT', 'LABEL', 'TIME', 'BDI', 'BDO', 'DFN', 'KBD', 'VAR', 'WBR']);

/** Lowercase without combining marks, so "Café" and "cafe" match; whitespace collapsed. */
export function fold(text: string): string {
  // Most text is ASCII: only the rest needs the (slower) decomposition.
  const bare = /[^ -~\s]/.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
  return bare.toLowerCase().replace(/\s+/g, ' ').trim();
}

function skipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role.trim().toLowerCase());
}

function isBlock(el: Element): boolean {
  return !INLINE_TAGS.has(el.tagName.toUpperCase());
}

/**
 * Walks the body through firstChild/nextSibling (no recursion, so a hostile, deeply nested page
 * cannot overflow the call stack; no child lists, which are slow to build), putting a space at
 * block boundaries so "<li>a</li><li>b</li>" reads as two words.
 */
function readText(doc: Document): { text: string; truncated: boolean } {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { text: '', truncated: false };
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      if (length >= TEXT_LIMIT) return { text: parts.join('').slice(0, TEXT_LIMIT), truncated: true };
    } else if (node.nodeType === 1 && !skipped(node as Element)) {
      if (isBlock(node as Element)) parts.push(' ');
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    // Climb until a next sibling exists, closing the blocks left behind.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1 && isBlock(node as Element)) parts.push(' ');
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { text: parts.join(''), truncated: false };
}

function countWords(text: string): number {
  if (!text) return 0;
  let words = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) words++;
  return words;
}

// One scan calls several rules on the same document in one task; the text is read once and
// forgotten at the end of that task, so a page that changes later is read afresh.
const cache = new WeakMap<Document, PageText>();

/** The page's content text (see `PageText`), read at most once per task. */
export function pageText(doc: Document): PageText {
  const hit = cache.get(doc);
  if (hit) return hit;
  const { text: raw, truncated } = readText(doc);
  const text = raw.replace(/\s+/g, ' ').trim();
  const result: PageText = { text, folded: fold(text), words: countWords(text), truncated };
  cache.set(doc, result);
  queueMicrotask(() => cache.delete(doc));
  return result;
}

/** Elements matching `selector` outside navigation, footers and sidebars, at most `limit` of them. */
export function contentElements(doc: Document, selector: string, limit: number): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    if (el.closest(BOILERPLATE)) continue;
    out.push(el);
    if (out.length >= limit) break;
  }
  return out;
}
