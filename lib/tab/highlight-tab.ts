import { browser } from 'wxt/browser';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { injectWithArguments } from './inject';
import { HIGHLIGHT_GLOBAL, highlightRequest, pageMayKnow } from '@/lib/highlight/marks';

/** Turns link highlighting on or off in a tab. Returns how many links were marked. */
export async function setHighlight(tabId: number, links: readonly ScannedLink[], on: boolean, verdicts?: ReadonlyMap<string, LinkVerdict>): Promise<number> {
  // The tab's own address decides what it may be shown (a private-network result only on such a network).
  const mayKnow = pageMayKnow((await browser.tabs.get(tabId)).url ?? 'about:blank');
  const marked = await injectWithArguments(tabId, '/content-scripts/highlight.js', HIGHLIGHT_GLOBAL, highlightRequest(links, on, verdicts, mayKnow));
  return typeof marked === 'number' ? marked : 0;
}
