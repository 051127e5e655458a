import { browser } from 'wxt/browser';
import { scanHtml, type HtmlScan } from '@/lib/reader/scan-html';
import { parseReplySchema, type ParseRequest } from '@/lib/schemas/reader-messages';
import type { ScanOptions } from '@/lib/schemas/page-scan';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

/** Chrome allows one offscreen document per extension: create it once, even when many reads ask at once. */
async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Parse pages read in the background with the same scanner as a tab.' })
    .catch((error: unknown) => {
      // Another caller's document was created between the look-up and this call: that one serves.
      if (!/single offscreen document/i.test(error instanceof Error ? error.message : String(error))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Chrome's words when no listener is up yet (a document still loading) or the document went away. */
const NOT_LISTENING = /Receiving end does not exist|message port closed|Could not establish connection/i;
const SEND_ATTEMPTS = 4;

/**
 * Sends one parse request, re-creating the offscreen document and trying again when nothing was
 * listening: Chrome can end an offscreen document under memory pressure, and a new one answers only
 * once its script has run.
 */
async function sendParse(request: ParseRequest): Promise<unknown> {
  for (let attempt = 1; ; attempt += 1) {
    await ensureOffscreen();
    try {
      return await browser.runtime.sendMessage(request);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= SEND_ATTEMPTS || !NOT_LISTENING.test(message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

async function parseOffscreen(html: string, url: string, options: Partial<ScanOptions>): Promise<HtmlScan> {
  const request: ParseRequest = { type: 'reader-parse', html, url, options };
  const reply = parseReplySchema.safeParse(await sendParse(request));
  if (!reply.success) throw new Error('The page parser gave an unreadable answer.');
  if (!reply.data.ok) throw new Error(`The page could not be parsed: ${reply.data.error}`);
  return { scan: reply.data.scan, parseMs: reply.data.parseMs, wordCount: reply.data.wordCount };
}

/**
 * Where pages are parsed: in place when this context has DOMParser (Firefox's background page),
 * otherwise in the offscreen document (Chrome's service worker has no DOM).
 */
export function pageParser(): (html: string, url: string, options: Partial<ScanOptions>) => Promise<HtmlScan> {
  if (typeof DOMParser === 'function') {
    const parser = new DOMParser();
    return async (html, url, options) => scanHtml(html, url, options, parser);
  }
  return parseOffscreen;
}
