import { browser } from 'wxt/browser';
import { serpReadSchema, type SelectorOverride } from '@/lib/schemas/serp';
import { SERP_OPTIONS_GLOBAL } from '@/lib/serp/injected-options';
import { explainInjectError } from '@/lib/url/restricted';
import type { SerpRead } from '@/lib/serp/types';

export type SerpTabResult = { ok: true; read: SerpRead } | { ok: false; message: string };

/** Injects the results reader into the user's results page tab and returns what it read, validated. */
export async function readResultsTab(tabId: number, url: string | undefined, selectors: SelectorOverride): Promise<SerpTabResult> {
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (key: string, value: unknown) => {
        (globalThis as unknown as Record<string, unknown>)[key] = value;
      },
      args: [SERP_OPTIONS_GLOBAL, { selectors }],
    });
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/serp.js'] });
    const parsed = serpReadSchema.nullable().safeParse(injection?.result);
    if (!parsed.success) return { ok: false, message: `The results page returned unreadable results (${parsed.error.issues[0]?.message ?? 'invalid'}).` };
    if (!parsed.data) return { ok: false, message: 'This tab is no longer a search results page.' };
    return { ok: true, read: parsed.data };
  } catch (error) {
    return { ok: false, message: explainInjectError(error, url).message };
  }
}
