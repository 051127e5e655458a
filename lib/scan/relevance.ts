import type { Relevance } from '@/lib/schemas/page-scan';
import { collapse } from './text';
import { countMatches, keywordRegex } from './text-match';
import { contentElements, fold, pageText } from './text-page';

const MAX_KEYWORDS = 50;
const MAX_KEYWORD_LENGTH = 100;
/** Points per keyword: being in the title or a heading says more than a mention in passing. */
const WEIGHT = { title: 30, heading: 12, headingMax: 3, body: 3, bodyMax: 12 };
/** Points at which the score reaches about 63; it nears 100 as points pile up, never passing it. */
const SATURATION = 60;

type Hit = Relevance['hits'][number];

function keywordPoints(hit: Hit): number {
  return (
    (hit.title > 0 ? WEIGHT.title : 0) +
    WEIGHT.heading * Math.min(hit.headings, WEIGHT.headingMax) +
    WEIGHT.body * Math.min(hit.body, WEIGHT.bodyMax)
  );
}

/**
 * How well the page matches the user's niche keywords. Matching is case- and accent-insensitive
 * on whole words (a phrase's words may be split by spaces or hyphens; see `keywordRegex`), in
 * the title, the h1–h3 headings and the content text (no navigation, footer or sidebar; headings
 * count there too). Only keywords found somewhere are listed in `hits`.
 */
export function scoreRelevance(doc: Document, keywords: readonly string[]): Relevance {
  const wanted: { keyword: string; re: RegExp }[] = [];
  const seen = new Set<string>();
  for (const raw of keywords.slice(0, MAX_KEYWORDS * 2)) {
    const keyword = collapse(typeof raw === 'string' ? raw : '').slice(0, MAX_KEYWORD_LENGTH);
    const key = fold(keyword);
    const re = keyword ? keywordRegex(keyword) : null;
    if (!re || seen.has(key)) continue;
    seen.add(key);
    wanted.push({ keyword, re });
    if (wanted.length >= MAX_KEYWORDS) break;
  }
  if (wanted.length === 0) return { score: 0, hits: [] };

  const title = fold(doc.title ?? '').slice(0, 1_000);
  const headings = contentElements(doc, 'h1, h2, h3', 300)
    .map((h) => fold(h.textContent ?? '').slice(0, 500))
    .join(' | ');
  const body = pageText(doc).folded;

  const hits: Hit[] = [];
  let points = 0;
  for (const { keyword, re } of wanted) {
    const hit: Hit = { keyword, title: countMatches(re, title), headings: countMatches(re, headings), body: countMatches(re, body) };
    if (hit.title + hit.headings + hit.body === 0) continue;
    hits.push(hit);
    points += keywordPoints(hit);
  }
  const score = Math.round(100 * (1 - Math.exp(-points / SATURATION)));
  return { score: Math.min(100, score), hits };
}
