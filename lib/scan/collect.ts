/** A link-bearing element together with the document its href resolves against. */
export interface FoundLink {
  el: Element;
  href: string;
  baseURI: string;
  /** The URL of the document the element is in, to tell same-page fragments apart. */
  docUrl: string;
}

const XLINK = 'http://www.w3.org/1999/xlink';

function hrefOf(el: Element): string | null {
  return el.getAttribute('href') ?? el.getAttributeNS(XLINK, 'href');
}

/** A frame's document, or null when it is cross-origin (the browser forbids reading it). */
function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
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
      if (href !== null) found.push({ el, href, baseURI, docUrl });
    }
    if (depth > 64) return; // nesting beyond this is pathological; its links are left out
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const shadow = el.shadowRoot;
      if (shadow) visit(shadow, baseURI, docUrl, depth + 1);
      if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
        const inner = frameDocument(el as HTMLIFrameElement);
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
