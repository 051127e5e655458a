import { browser } from 'wxt/browser';
import { scanHtml } from '@/lib/reader/scan-html';
import { parseRequestSchema, type ParseReply } from '@/lib/schemas/reader-messages';

/**
 * The offscreen document's one job: parse pages the background read and scan them with the tab's
 * scanner. Answers only this extension's `reader-parse` requests; everything else is left alone.
 */
export function serveParseRequests(): void {
  const parser = new DOMParser();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseRequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const { html, url, options } = parsed.data;
    let reply: ParseReply;
    try {
      reply = { ok: true, ...scanHtml(html, url, options, parser) };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    return Promise.resolve(reply);
  });
}
