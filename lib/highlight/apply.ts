import { urlKey } from '@/lib/url/key';
import { drawOverlay, type Overlay } from './overlay';
import { HIGHLIGHT_GLOBAL, MARK_STYLES, OVERLAY_GLOBAL, type HighlightRequest, type Mark, type MarkKind } from './marks';

export { legendLine } from './overlay';

/**
 * Removes what an earlier highlight drew: the overlay this script created, found through the
 * extension's isolated world (`scope`), never by a selector a page could answer too.
 */
export function removeHighlights(scope: Record<string, unknown>): void {
  const overlay = scope[OVERLAY_GLOBAL] as Overlay | undefined;
  overlay?.remove();
  delete scope[OVERLAY_GLOBAL];
}

/** Marks the page's links by kind and shows a legend with counts. Returns how many elements were marked. */
export function applyHighlights(doc: Document, req: HighlightRequest, scope: Record<string, unknown>): number {
  removeHighlights(scope);
  if (!req.on) return 0;
  const marked: [Element, Mark, string][] = [];
  for (const el of Array.from(doc.querySelectorAll('a[href], area[href]'))) {
    let key: string;
    try {
      key = urlKey(new URL(el.getAttribute('href') ?? '', doc.baseURI));
    } catch {
      continue; // malformed href: the scan did not list it either
    }
    const mark = req.marks[key];
    if (mark) marked.push([el, mark, key]);
  }
  scope[OVERLAY_GLOBAL] = drawOverlay(doc, marked);
  return marked.length;
}

/** Reads the request the popup left in the isolated world, then clears it. */
export function takeHighlightRequest(scope: Record<string, unknown>): HighlightRequest {
  const raw = scope[HIGHLIGHT_GLOBAL];
  delete scope[HIGHLIGHT_GLOBAL];
  if (!raw || typeof raw !== 'object') return { on: false, marks: {} };
  const { on, marks } = raw as Record<string, unknown>;
  const safe: Record<string, Mark> = {};
  if (marks && typeof marks === 'object') {
    for (const [k, v] of Object.entries(marks as Record<string, unknown>)) {
      if (!v || typeof v !== 'object') continue;
      const { kind, code } = v as Record<string, unknown>;
      if (typeof kind !== 'string' || !(kind in MARK_STYLES)) continue;
      safe[k] = typeof code === 'string' && /^[\w-]{1,12}$/.test(code) ? { kind: kind as MarkKind, code } : { kind: kind as MarkKind };
    }
  }
  return { on: on === true, marks: safe };
}
