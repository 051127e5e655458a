/**
 * One pass over the page's text that serves every rule: the content text (the kind, relevance and
 * spam rules: navigation, footers and sidebars left out) and the visible text (contacts: every
 * block on its own line, author-hidden elements left out). Reading a large page's DOM is most of
 * a scan's cost, so it is read once.
 */
export interface WalkedText {
  /** Content text, blocks separated by spaces; hidden text included (spam hides words there). */
  content: string;
  /** Visible text, a line break wherever text crosses into another block or at `<br>`. */
  visible: string;
  /** Whether either text reached its limit and the rest was not read. */
  truncated: boolean;
}

/** Never text a reader sees. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'iframe', 'object', 'head', 'canvas']);
/** Visible, but about the site rather than this page. */
const BOILERPLATE_SELECTOR = 'nav, footer, aside, [role="navigation" i], [role="contentinfo" i], [role="complementary" i]';
const INLINE = new Set([
  'a', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'big', 'mark', 'code', 'abbr', 'cite', 'q', 'sup', 'sub', 'font', 'label',
  'time', 'bdi', 'bdo', 'data', 'dfn', 'kbd', 'samp', 'var', 'del', 'ins', 'tt', 'wbr',
]);

interface Frame {
  el: Node;
  /** Nearest block element: text changing block starts a new line. */
  block: Node;
  content: boolean;
  visible: boolean;
  /** Whether leaving this element closes a block (a space in the content text). */
  closes: boolean;
}

const HIDING = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Elements hidden by the author and boilerplate regions, found with two selector queries: asking
 * every element for its role, style and hidden attributes one by one costs more than the walk.
 */
function marked(doc: Document): { hidden: (el: Element) => boolean; boilerplate: (el: Element) => boolean } {
  try {
    const hidden = new Set<Element>();
    for (const el of Array.from(doc.querySelectorAll('[hidden], [style*="display" i], [style*="visibility" i]'))) {
      if (hiddenByAuthor(el)) hidden.add(el);
    }
    const boilerplate = new Set(Array.from(doc.querySelectorAll(BOILERPLATE_SELECTOR)));
    return { hidden: (el) => hidden.has(el), boilerplate: (el) => boilerplate.has(el) };
  } catch (error) {
    // A DOM whose selector engine recurses (happy-dom) overflows on hostile nesting: ask each element.
    if (!(error instanceof RangeError)) throw error;
    return { hidden: hiddenByAuthor, boilerplate: (el) => el.matches(BOILERPLATE_SELECTOR) };
  }
}

function hiddenByAuthor(el: Element): boolean {
  return el.hasAttribute('hidden') || HIDING.test(el.getAttribute('style') ?? '');
}

/**
 * Walks the body through firstChild/nextSibling (no recursion to overflow on hostile nesting; no
 * child lists, which browsers build and index an order of magnitude slower), keeping a stack of
 * the elements it is inside. Each text stops growing at `limit` characters; the walk ends when
 * both have.
 */
export function walkText(doc: Document, limit: number): WalkedText {
  const root: Node | null = doc.body ?? doc.documentElement;
  if (!root) return { content: '', visible: '', truncated: false };
  const content: string[] = [];
  const visible: string[] = [];
  let contentSize = 0;
  let visibleSize = 0;
  let lastBlock: Node | null = null;
  const { hidden, boilerplate } = marked(doc);
  const stack: Frame[] = [{ el: root, block: root, content: true, visible: true, closes: false }];
  let top = stack[0] as Frame;
  let node: Node | null = root.firstChild;
  while (node && (contentSize < limit || visibleSize < limit)) {
    if (node.nodeType === 1) {
      const el = node as Element;
      const name = el.localName;
      if (name === 'br' || name === 'hr') {
        if (top.visible) visible.push('\n');
        if (top.content) content.push(' ');
      } else if (!UNSEEN.has(name)) {
        const block = !INLINE.has(name);
        const isContent = top.content && !boilerplate(el);
        const isVisible = top.visible && !hidden(el);
        if (block && isContent) content.push(' '); // "<li>a</li><li>b</li>" is two words
        const first = el.firstChild;
        if (first && (isContent || isVisible)) {
          top = { el, block: block ? el : top.block, content: isContent, visible: isVisible, closes: block };
          stack.push(top);
          node = first;
          continue;
        }
      }
    } else if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (top.visible && visibleSize < limit) {
        if (top.block !== lastBlock) {
          visible.push('\n');
          lastBlock = top.block;
        }
        const piece = data.length > limit - visibleSize ? data.slice(0, limit - visibleSize) : data;
        visible.push(piece);
        visibleSize += piece.length;
      }
      if (top.content && contentSize < limit) {
        const piece = data.length > limit - contentSize ? data.slice(0, limit - contentSize) : data;
        content.push(piece);
        contentSize += piece.length;
      }
    }
    // Climb out of finished elements until one has a next sibling (each sibling link read once).
    let next: Node | null = node.nextSibling;
    while (next === null && node !== null && node !== root) {
      node = node.parentNode;
      if (node === top.el && stack.length > 1) {
        if (top.closes && top.content) content.push(' ');
        stack.pop();
        top = stack[stack.length - 1] as Frame;
      }
      next = node === null || node === root ? null : node.nextSibling;
    }
    node = next;
  }
  return { content: content.join(''), visible: visible.join(''), truncated: contentSize >= limit || visibleSize >= limit };
}
