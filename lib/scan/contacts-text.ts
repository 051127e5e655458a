/** Text beyond this many characters is not read for contacts: bounded work inside huge pages. */
export const CONTACT_TEXT_LIMIT = 500_000;

/** Elements whose text is not shown as prose, so addresses in them are not on the page. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'iframe', 'object', 'head']);
const INLINE = new Set([
  'a', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'big', 'mark', 'code', 'abbr', 'cite', 'q', 'sup', 'sub',
  'font', 'label', 'time', 'bdi', 'bdo', 'data', 'dfn', 'kbd', 'samp', 'var', 'del', 'ins', 'tt',
]);

function hiddenByAuthor(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The nearest ancestor that is not an inline element: text in different blocks is not one word. */
function blockOf(node: Node): Node | null {
  let el = node.parentElement;
  for (let i = 0; el && i < 8 && INLINE.has(el.localName); i++) el = el.parentElement;
  return el;
}

/**
 * The visible text of the body, read once, with a line break wherever text crosses from one block
 * to another (or at a `<br>`), so "<p>info@site.com</p><p>Our team</p>" never reads as one word.
 * Script, style and template text and elements hidden with `hidden` or an inline `display:none`
 * (where spam-trap addresses live) are left out. Walks with an explicit stack of child lists (no
 * recursion to overflow on hostile nesting, and no `nextSibling`, which some DOMs compute by
 * searching the parent) and stops reading at `limit` characters.
 */
export function visibleText(doc: Document, limit = CONTACT_TEXT_LIMIT): string {
  const root: Node | null = doc.body ?? doc.documentElement;
  if (!root) return '';
  const parts: string[] = [];
  let size = 0;
  let lastBlock: Node | null = null;
  const stack: { nodes: NodeListOf<ChildNode>; at: number }[] = [{ nodes: root.childNodes, at: 0 }];
  while (stack.length > 0 && size < limit) {
    const top = stack[stack.length - 1] as { nodes: NodeListOf<ChildNode>; at: number };
    const node = top.nodes[top.at++];
    if (!node) {
      stack.pop();
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      const name = el.localName;
      if (name === 'br' || name === 'hr') parts.push('\n');
      else if (!SKIPPED.has(name) && el.firstChild && !hiddenByAuthor(el)) stack.push({ nodes: el.childNodes, at: 0 });
    } else if (node.nodeType === 3) {
      const data = (node as Text).data;
      const block = blockOf(node);
      if (block !== lastBlock) {
        parts.push('\n');
        lastBlock = block;
      }
      const piece = data.length > limit - size ? data.slice(0, limit - size) : data;
      parts.push(piece);
      size += piece.length;
    }
  }
  return parts.join('');
}
