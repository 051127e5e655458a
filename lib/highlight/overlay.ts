import { MARK_STYLES, type Mark, type MarkKind } from './marks';

/**
 * Draws link marks and the legend inside one closed shadow root, on a plain `div` this script
 * creates. Nothing is written onto the page's own elements, so page scripts can neither read a
 * verdict (no attributes, no classes) nor fake a mark, and a page cannot pre-define the element
 * (a custom element name could be claimed by the page first and run its code).
 */
export interface Overlay {
  /** Removes the overlay: exactly what was added, nothing of the page's own. */
  remove(): void;
  /** What is drawn (for tests through the extension's isolated world): kind and code per link text. */
  describe(): { text: string; href: string; kind: MarkKind; code?: string }[];
}

const BOX = 'position:absolute;box-sizing:border-box;pointer-events:none;outline-offset:1px;';

/** Distinct links of one kind and how often they occur on the page. */
interface LegendCount {
  links: Set<string>;
  occurrences: number;
}

/**
 * A legend row, counted as the popup and the badge count: distinct links, with the occurrences
 * after them when some link appears more than once ("Broken: 9 links (15 on the page)").
 */
export function legendLine(label: string, links: number, occurrences: number): string {
  const noun = links === 1 ? 'link' : 'links';
  return occurrences > links ? `${label}: ${links} ${noun} (${occurrences} on the page)` : `${label}: ${links} ${noun}`;
}

function legend(doc: Document, counts: ReadonlyMap<MarkKind, LegendCount>): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute('role', 'note');
  box.setAttribute('aria-label', 'Linkscout link highlighting');
  box.style.cssText =
    'position:fixed;right:12px;bottom:12px;font:12px/1.5 system-ui,sans-serif;color:#1b1f24;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:6px 10px;box-shadow:0 2px 8px rgba(0,0,0,.15);';
  const title = doc.createElement('strong');
  title.textContent = 'Linkscout';
  box.append(title);
  for (const kind of Object.keys(MARK_STYLES) as MarkKind[]) {
    const count = counts.get(kind);
    if (!count && (kind === 'broken' || kind === 'blocked' || kind === 'redirected')) continue; // verdict rows only after a check
    const row = doc.createElement('div');
    const swatch = doc.createElement('span');
    swatch.style.cssText = `display:inline-block;width:10px;height:10px;margin-right:6px;border:2px solid ${MARK_STYLES[kind].color};vertical-align:middle;`;
    row.append(swatch, legendLine(MARK_STYLES[kind].label, count?.links.size ?? 0, count?.occurrences ?? 0));
    box.append(row);
  }
  return box;
}

/**
 * Where a status-code badge goes: its right edge on the outline's right end, just above the outline
 * (below it at the very top of the page), so it never covers the next link on the same line.
 */
export function codeBadgePlace(box: { x: number; y: number; width: number; height: number }): { left: number; top: number; transform: string } {
  const above = box.y >= 16;
  return {
    left: box.x + box.width + 4,
    top: above ? box.y - 4 : box.y + box.height + 4,
    transform: `translate(-100%,${above ? '-100%' : '0'})`,
  };
}

function markBox(doc: Document, el: Element, mark: Mark): HTMLElement[] {
  const view = doc.defaultView;
  const rect = el.getBoundingClientRect();
  const x = rect.left + (view?.scrollX ?? 0);
  const y = rect.top + (view?.scrollY ?? 0);
  const style = MARK_STYLES[mark.kind];
  const line = `${mark.kind === 'broken' ? 3 : 2}px ${mark.kind === 'blocked' || mark.kind === 'redirected' ? 'dashed' : 'solid'} ${style.color}`;
  const box = doc.createElement('div');
  box.style.cssText = `${BOX}left:${x}px;top:${y}px;width:${rect.width}px;height:${rect.height}px;outline:${line};`;
  if (!mark.code) return [box];
  const badge = doc.createElement('span');
  badge.textContent = mark.code;
  const at = codeBadgePlace({ x, y, width: rect.width, height: rect.height });
  badge.style.cssText = `${BOX}left:${at.left}px;top:${at.top}px;transform:${at.transform};font:bold 10px/1.2 system-ui,sans-serif;white-space:nowrap;color:#fff;background:#d1242f;padding:0 3px;border-radius:3px;`;
  return [box, badge];
}

/** Draws `marked` (link element → mark) and the legend; positions follow the page on resize. */
export function drawOverlay(doc: Document, marked: readonly (readonly [Element, Mark, string])[]): Overlay {
  const host = doc.createElement('div');
  host.style.cssText = 'all:initial;position:absolute;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483647;pointer-events:none;';
  const root = host.attachShadow({ mode: 'closed' });
  const layer = doc.createElement('div');
  const counts = new Map<MarkKind, LegendCount>();
  for (const [, mark, key] of marked) {
    const count = counts.get(mark.kind) ?? { links: new Set<string>(), occurrences: 0 };
    count.links.add(key);
    count.occurrences++;
    counts.set(mark.kind, count);
  }
  const draw = () => layer.replaceChildren(...marked.flatMap(([el, mark]) => markBox(doc, el, mark)));
  draw();
  root.append(layer, legend(doc, counts));
  doc.documentElement.append(host);
  const view = doc.defaultView;
  view?.addEventListener('resize', draw);
  return {
    remove() {
      view?.removeEventListener('resize', draw);
      host.remove();
    },
    describe: () => marked.map(([el, mark]) => ({ text: el.textContent?.trim() ?? '', href: el.getAttribute('href') ?? '', ...mark })),
  };
}
