import type { ScannedLink, SpamReport } from '@/lib/schemas/page-scan';

/** Link-farm and spam signals of a page. (In progress.) */
export function spamSignals(_doc: Document, _input: { links: readonly ScannedLink[]; pageDomain: string }): SpamReport {
  return { score: 0, signals: [] };
}
