import { browser } from 'wxt/browser';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { injectWithArguments } from './inject';
import { HIGHLIGHT_CSS, HIGHLIGHT_GLOBAL, highlightRequest } from '@/lib/highlight/marks';

/** Turns link highlighting on or off in a tab. Returns how many links were marked. */
export async function setHighlight(tabId: number, links: readonly ScannedLink[], on: boolean, verdicts?: ReadonlyMap<string, LinkVerdict>): Promise<number> {
  const target = { tabId };
  if (on) await browser.scripting.insertCSS({ target, css: HIGHLIGHT_CSS });
  const marked = await injectWithArguments(tabId, '/content-scripts/highlight.js', HIGHLIGHT_GLOBAL, highlightRequest(links, on, verdicts));
  if (!on) await browser.scripting.removeCSS({ target, css: HIGHLIGHT_CSS });
  return typeof marked === 'number' ? marked : 0;
}
