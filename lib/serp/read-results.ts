import type { Engine, ResultLabel, SelectorTables, SelectorVariant, SerpRead, SerpResult } from './types';
import { resultsPageFor } from './engine';
import { resultTarget } from './unwrap';
import { labelFor, mergedMarkers } from './labels';
import { cleanText, pick, pickAll } from './text';
import { structuralBlocks, structuralSnippet } from './structural';

interface Raw {
  url: URL;
  title: string;
  snippet: string;
  label: ResultLabel;
}

function readVariant(doc: Document, v: SelectorVariant): Raw[] {
  const taken: Element[] = [];
  const out: Raw[] = [];
  for (const el of pickAll(doc, v.root)) {
    if (taken.some((t) => t.contains(el))) continue;
    const link = pick(el, v.link) as HTMLAnchorElement | null;
    const url = link?.href ? resultTarget(link.href) : null;
    if (!link || !url) continue;
    taken.push(el);
    const title = cleanText(pick(el, v.title), 200) || cleanText(link, 200);
    out.push({ url, title, snippet: cleanText(pick(el, v.snippet)), label: labelFor(el, url, v) });
  }
  return out;
}

function readByStructure(doc: Document, variants: readonly SelectorVariant[]): Raw[] {
  const markers = mergedMarkers(variants);
  return structuralBlocks(doc).flatMap(({ block, link, title }) => {
    const url = resultTarget(link.href);
    return url ? [{ url, title: cleanText(title, 200), snippet: structuralSnippet(block, link), label: labelFor(block, url, markers) }] : [];
  });
}

/** Ranks in page order, organic positions, one entry per URL (the first one seen). */
function number(raw: readonly Raw[]): SerpResult[] {
  const seen = new Set<string>();
  const results: SerpResult[] = [];
  let organic = 0;
  for (const r of raw) {
    const key = r.url.href.replace(/#.*$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const position = r.label === 'organic' ? ++organic : null;
    results.push({ rank: results.length + 1, position, url: r.url.href, host: r.url.hostname, title: r.title, snippet: r.snippet, label: r.label });
  }
  return results;
}

const organicCount = (raw: readonly Raw[]) => raw.filter((r) => r.label === 'organic').length;
/** Organic results count most; between variants that find as many, the one reading more of the page wins. */
const score = (raw: readonly Raw[]) => organicCount(raw) * 1000 + raw.length;

/**
 * Reads the results of a search engine results page: the engine's selector variants first (the
 * one finding the most organic results wins), then the structural fallback. Returns null when the
 * URL is not a results page; `layout: null` with no results means the layout was not recognised.
 */
export function readResults(doc: Document, href: string, tables: SelectorTables): SerpRead | null {
  const page = resultsPageFor(href);
  if (!page) return null;
  const variants = tables[page.engine] ?? [];
  let best: { name: string; raw: Raw[] } | null = null;
  for (const v of variants) {
    const raw = readVariant(doc, v);
    if (raw.length > 0 && (!best || score(raw) > score(best.raw))) best = { name: v.name, raw };
  }
  if (best && organicCount(best.raw) > 0) return read(page.engine, page.query, `${page.engine}/${best.name}`, best.raw);
  const structural = readByStructure(doc, variants);
  if (structural.length > 0) return read(page.engine, page.query, 'structure', structural);
  return read(page.engine, page.query, best ? `${page.engine}/${best.name}` : null, best?.raw ?? []);
}

function read(engine: Engine, query: string, layout: string | null, raw: readonly Raw[]): SerpRead {
  return { engine, query, layout, results: number(raw) };
}
