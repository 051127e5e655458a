import type { KindScore, ScannedLink } from '@/lib/schemas/page-scan';

/** Scores every page kind for a page, best first; an ordinary article when nothing else scores. (In progress.) */
export function classifyPage(_doc: Document, _input: { url: string; links: readonly ScannedLink[] }): KindScore[] {
  return [{ kind: 'article', score: 50, reasons: ['No stronger page kind found'] }];
}
