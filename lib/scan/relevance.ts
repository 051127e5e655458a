import type { Relevance } from '@/lib/schemas/page-scan';

/** How well a page matches the user's niche keywords. (In progress.) */
export function scoreRelevance(_doc: Document, _keywords: readonly string[]): Relevance {
  return { score: 0, hits: [] };
}
