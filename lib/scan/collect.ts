/** A link-bearing element together with the document its href resolves against. */
export interface FoundLink {
  el: Element;
  href: string;
  baseURI: string;
  /** The URL of the document the element is in, to tell same-page fragments apart. */
  docUrl: string;
  /** Whether the element is in the top document's own tree (not a shadow root or a frame). */
  inDoc: boolean;
}

function originOf(url: string): string {
  try {
    return `${new URL(url).origin.toLowerCase()}/`;
  } catch {
    return '\u0000'; // no origin (about:srcdoc): every absolute src is another origin
  }
}

const XLINK = 'http://www.w3.org/1999/xlink';

function hrefOf(el: Element): string | null {
  return el.getAttribute('href') ?? el.getAttributeNS(XLINK, 'href');
}

/**
 * A same-origin frame's document, or null. Only frames whose src (or srcdoc) puts the page's own
 * content in them are read: a frame without a src is filled by script (ad slots, trackers), and
 * asking it for its document makes the browser set up the extension's world in it, which costs
 * more than the rest of a small page's scan. Cross-origin frames are out of reach anyway.
 */
function frameDocument(frame: HTMLIFrameElement, origin: string, baseURI: string): Document | null {
  if (!frame.hasAttribute('srcdoc')) {
    const src = frame.getAttribute('src')?.trim();
    if (!src) return null;
    try {
      if (`${new URL(src, baseURI).origin.toLowerCase()}/` !== origin) return null;
    } catch {
      return null; // a malformed src loads nothing
    }
  }
  try {
    return frame.contentDocument;
  } catch {
    return null; // cross-origin after a redirect: the browser forbids reading it
  }
}

/**
 * Every `a`/`area` (HTML or SVG) with an href under `root`, in document order, then those in
 * open shadow roots and same-origin iframes. Closed shadow roots and cross-origin frames are
 * out of reach by design of the web platform. `docUrl` is the top document's address: a document
 * parsed outside a tab (the page reader) carries the reader's own URL in `doc.URL`.
 */
export function collectLinkElements(doc: Document, docUrl: string = doc.URL): FoundLink[] {
  const found: FoundLink[] = [];
  const seenDocs = new Set<Document>();
  const visit = (root: Document | ShadowRoot, baseURI: string, docUrl: string, depth: number): void => {
    for (const el of Array.from(root.querySelectorAll('a, area'))) {
      const href = hrefOf(el);
      if (href !== null) found.push({ el, href, baseURI, docUrl, inDoc: root === doc });
    }
    if (depth > 64) return; // nesting beyond this is pathological; its links are left out
    // Frames are found with a selector; every element is still asked for an open shadow root.
    const frames = new Set(Array.from(root.querySelectorAll('iframe, frame')));
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i] as Element;
      const shadow = el.shadowRoot;
      if (shadow) visit(shadow, baseURI, docUrl, depth + 1);
      if (frames.size > 0 && frames.has(el) && (el.tagName === 'IFRAME' || el.tagName === 'FRAME')) {
        const inner = frameDocument(el as HTMLIFrameElement, originOf(docUrl), baseURI);
        if (inner && !seenDocs.has(inner) && inner.documentElement) {
          seenDocs.add(inner);
          visit(inner, inner.baseURI, inner.URL, depth + 1);
        }
      }
    }
  };
  seenDocs.add(doc);
  visit(doc, doc.baseURI, docUrl, 0);
  return found;
}
