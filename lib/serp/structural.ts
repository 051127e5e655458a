import { pickAll } from './text';

/**
 * When no selector table matches (the engine changed its markup), results are found by shape:
 * the link around (or inside) each `h3`. The block of a result is the highest ancestor of that
 * link that holds no other result heading, so the snippet beside the title is found too.
 */
export function structuralBlocks(doc: Document): { block: Element; link: HTMLAnchorElement; title: Element }[] {
  const found: { block: Element; link: HTMLAnchorElement; title: Element }[] = [];
  const main = doc.querySelector('main, #main, #search, #rso, #b_results, #links') ?? doc.body;
  if (!main) return found;
  for (const h3 of pickAll(main, 'h3')) {
    const link = (h3.closest('a[href]') ?? h3.querySelector('a[href]')) as HTMLAnchorElement | null;
    if (!link) continue;
    let block: Element = link.contains(h3) ? link : h3;
    while (block.parentElement && block.parentElement !== main && block.parentElement.querySelectorAll('h3').length === 1) {
      block = block.parentElement;
    }
    found.push({ block, link, title: h3 });
  }
  return found;
}

/** The longest text in the block outside the title link: the snippet in every layout seen so far. */
export function structuralSnippet(block: Element, link: Element): string {
  let best = '';
  for (const el of Array.from(block.querySelectorAll('div, span, p'))) {
    if (link.contains(el) || el.contains(link)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > best.length) best = text;
  }
  return best.length > 400 ? `${best.slice(0, 399)}…` : best;
}
