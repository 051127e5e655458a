import { urlKey } from '@/lib/url/key';
import { CODE_ATTR, HIGHLIGHT_GLOBAL, LEGEND_TAG, MARK_ATTR, MARK_STYLES, type HighlightRequest, type Mark, type MarkKind } from './marks';

/** Removes every mark and the legend: the page is left as it was. */
export function removeHighlights(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`[${MARK_ATTR}]`))) {
    el.removeAttribute(MARK_ATTR);
    el.removeAttribute(CODE_ATTR);
  }
  for (const el of Array.from(doc.querySelectorAll(LEGEND_TAG))) el.remove();
}

/** Marks the page's links by kind and shows a legend with counts. Returns how many elements were marked. */
export function applyHighlights(doc: Document, req: HighlightRequest): number {
  removeHighlights(doc);
  if (!req.on) return 0;
  const counts = new Map<MarkKind, number>();
  let marked = 0;
  for (const el of Array.from(doc.querySelectorAll('a[href], area[href]'))) {
    let key: string;
    try {
      key = urlKey(new URL(el.getAttribute('href') ?? '', doc.baseURI));
    } catch {
      continue; // malformed href: the scan did not list it either
    }
    const mark = req.marks[key];
    if (!mark) continue;
    el.setAttribute(MARK_ATTR, mark.kind);
    if (mark.code) el.setAttribute(CODE_ATTR, mark.code);
    counts.set(mark.kind, (counts.get(mark.kind) ?? 0) + 1);
    marked++;
  }
  showLegend(doc, counts);
  return marked;
}

function showLegend(doc: Document, counts: Map<MarkKind, number>): void {
  const host = doc.createElement(LEGEND_TAG);
  // Styles through the CSSOM: allowed under any page CSP, and the closed shadow root keeps page CSS out.
  host.style.cssText = 'all: initial; position: fixed; right: 12px; bottom: 12px; z-index: 2147483647; pointer-events: none;';
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'note');
  box.setAttribute('aria-label', 'Linkscout link highlighting');
  box.style.cssText =
    'font: 12px/1.5 system-ui, sans-serif; color: #1b1f24; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 10px; box-shadow: 0 2px 8px rgba(0,0,0,.15);';
  const title = doc.createElement('strong');
  title.textContent = 'Linkscout';
  box.append(title);
  for (const kind of Object.keys(MARK_STYLES) as MarkKind[]) {
    if (!counts.get(kind) && (kind === 'broken' || kind === 'blocked' || kind === 'redirected')) continue; // verdict rows only after a check
    const row = doc.createElement('div');
    const swatch = doc.createElement('span');
    swatch.style.cssText = `display:inline-block;width:10px;height:10px;margin-right:6px;border:2px solid ${MARK_STYLES[kind].color};vertical-align:middle;`;
    row.append(swatch, `${MARK_STYLES[kind].label}: ${counts.get(kind) ?? 0}`);
    box.append(row);
  }
  root.append(box);
  (doc.body ?? doc.documentElement).append(host);
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
