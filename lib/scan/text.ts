/** Collapses whitespace runs to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts text to at most `max` characters, ending with an ellipsis when cut. */
export function cap(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Elements whose text a reader never sees as words: `<noscript>` holds lazy-load markup on scripted pages. */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Up to `max` characters of an element's readable text, script, style, template and noscript
 * left out. Walks with firstChild/nextSibling and stops at `max`, so an element nesting thousands
 * of others (2,000 nested anchors) costs `max`, not its whole subtree, for every link inside it.
 */
export function boundedText(el: Node, max: number): string {
  let out = '';
  let node: Node | null = el.firstChild;
  while (node && out.length < max) {
    const type = node.nodeType;
    if (type === 3) out += (node.nodeValue ?? '').slice(0, max - out.length);
    else if (type === 1) {
      const first = node.firstChild;
      if (first && !UNREAD.has((node as Element).tagName.toUpperCase())) {
        node = first;
        continue;
      }
    }
    let next: Node | null = node.nextSibling;
    while (next === null && node !== null && node !== el) {
      node = node.parentNode;
      next = node === null || node === el ? null : node.nextSibling;
    }
    node = next;
  }
  return out;
}

const INLINE = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'SMALL', 'MARK', 'CODE', 'ABBR', 'CITE', 'Q', 'SUP', 'SUB', 'FONT', 'LABEL', 'TIME']);
const SIDE_BUDGET = 400;

const TERMINAL = /[.!?]/;
/** Before the link, the sentence starts after the last sentence end (see `sentenceAround`). */
const STARTS = /[.!?]\s+[^.!?]*$/;
/** `STARTS` matches the collapsed text exactly when this matches the raw text (space runs and trimming aside). */
const STARTS_RAW = /[.!?]\s+[^.!?\s][^.!?]*$/;
/** After the link, it ends at the first sentence end followed by a space: in raw text, by spaces and a word. */
const ENDS_RAW = /[.!?]\s+\S/;

/**
 * Text of up to 20 siblings on one side of `node`, nearest first, at most SIDE_BUDGET characters.
 * Stops early once the text read holds the sentence's start (before) or end (after): siblings
 * further out cannot change the sentence, and a paragraph with hundreds of links reads each
 * link's neighbours only up to the nearest full stop.
 */
function collectSide(node: Node, before: boolean): string {
  let out = '';
  let sib = before ? node.previousSibling : node.nextSibling;
  for (let n = 0; sib && n < 20 && out.length < SIDE_BUDGET; n++) {
    const full = sib.nodeType === 1 ? boundedText(sib, before ? SIDE_BUDGET * 4 : SIDE_BUDGET) : sib.nodeValue ?? '';
    const t = full.length > SIDE_BUDGET ? (before ? full.slice(-SIDE_BUDGET) : full.slice(0, SIDE_BUDGET)) : full;
    out = before ? t + out : out + t;
    if (out.length <= SIDE_BUDGET && TERMINAL.test(out) && (before ? STARTS_RAW : ENDS_RAW).test(out)) break;
    sib = before ? sib.previousSibling : sib.nextSibling;
  }
  return before ? out.slice(-SIDE_BUDGET) : out.slice(0, SIDE_BUDGET);
}

/**
 * The sentence around an element: text before and after it inside its nearest block-level
 * container, cut at sentence ends. Reads at most a few hundred characters either side, so a
 * page with thousands of links in one container stays linear.
 */
export function sentenceAround(el: Element, maxLength = 200): string {
  let branch: Element = el;
  let container = el.parentElement;
  // Climb only through small inline wrappers (<em><a>…</a></em>): a large inline element holding
  // many links would make every link re-read all of its text (quadratic on real pages).
  for (let depth = 0; container && INLINE.has(container.tagName.toUpperCase()) && container.childElementCount <= 3 && depth < 4; depth++) {
    branch = container;
    container = container.parentElement;
  }
  if (!container) return '';
  // Walk siblings from the link outward: never materialise a container's children (a list of
  // 100,000 links would make every link copy all of them).
  const before = collapse(collectSide(branch, true));
  const after = collapse(collectSide(branch, false));
  const own = collapse(boundedText(branch, SIDE_BUDGET));
  const startCut = before.search(STARTS);
  const head = startCut >= 0 ? before.slice(startCut + 1).trimStart() : before;
  const endMatch = /[.!?](\s|$)/.exec(after);
  const tail = endMatch ? after.slice(0, endMatch.index + 1) : after;
  const sentence = collapse(`${head} ${own} ${tail}`);
  return cap(sentence, maxLength);
}
