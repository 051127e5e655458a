import { walkText } from './text-walk';

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
  /** The visible text with a line per block, for contacts (see `walkText`). */
  visible: string;
}

/** Text beyond this many characters is not read: enough to judge a page, bounded inside huge ones. */
export const TEXT_LIMIT = 500_000;

/** Boilerplate regions: words in them describe the site, not this page. */
export const BOILERPLATE =
  'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"]';

/** Lowercase without combining marks, so "Café" and "cafe" match; whitespace collapsed. */
export function fold(text: string): string {
  // Most text is ASCII: only the rest needs the (slower) decomposition.
  const bare = /[^ -~\s]/.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
  return bare.toLowerCase().replace(/\s+/g, ' ').trim();
}

// Anchor texts are folded by several rules (submit links, money anchors, spam clusters): once each per task.
const foldedTexts = new Map<string, string>();

/** `fold` for short texts read by more than one rule, remembered until the end of the task. */
export function foldOnce(text: string): string {
  let out = foldedTexts.get(text);
  if (out === undefined) {
    if (foldedTexts.size === 0) queueMicrotask(() => foldedTexts.clear());
    foldedTexts.set(text, (out = fold(text)));
  }
  return out;
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
  const { content, visible, truncated } = walkText(doc, TEXT_LIMIT);
  const text = content.replace(/\s+/g, ' ').trim();
  const result: PageText = { text, folded: fold(text), words: countWords(text), truncated, visible };
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
