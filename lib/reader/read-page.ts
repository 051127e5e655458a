import { checkAll } from '@/lib/check/check-batch';
import type { HostQueue } from '@/lib/check/host-queue';
import type { CheckOptions } from '@/lib/check/options';
import type { PageRead } from '@/lib/schemas/page-read';
import type { ScanOptions } from '@/lib/schemas/page-scan';
import { registrableDomain } from '@/lib/url/domain';
import { capturingFetch, type CapturedBody } from './capture-fetch';
import { decodeHtml } from './charset';
import { judgeIndexable } from './indexable';
import type { HtmlScan } from './scan-html';

/** Read at most this much of a page: real articles are far smaller; an endless body stops here. */
export const MAX_PAGE_BYTES = 3 * 1024 * 1024;

export interface ReaderDeps {
  fetch: typeof fetch;
  now: () => number;
  /** The politeness queue shared by every read (per-host limit, gaps, Retry-After slow-downs). */
  queue: HostQueue;
  /** Parses HTML and scans it: in an offscreen document on Chrome, in place on Firefox. */
  parse: (html: string, pageUrl: string, options: Partial<ScanOptions>) => Promise<HtmlScan>;
  /** A CPU clock for decode time; performance.now by default. */
  clock?: () => number;
}

export interface ReadOptions {
  check?: Partial<CheckOptions>;
  scan?: Pick<ScanOptions, 'ownDomains' | 'keywords'>;
  maxBytes?: number;
  signal?: AbortSignal;
  /** Called (and awaited) when the host queue lets the read start, before its first request. */
  onStart?: () => Promise<void>;
  /** Called once the read's requests are over, before parsing. */
  onFetched?: () => void;
}

/**
 * Reads one page in the background with the link checker's rules (HEAD, then GET; per-host
 * queue; no cookies; safety filters; retries and Retry-After; one verdict class) and, when the
 * answer is HTML, runs the scanner on it. The URL being read is its own safety context: it may be
 * private if the user asked for a private page, but a public page may not redirect into a LAN.
 */
export async function readPage(url: string, deps: ReaderDeps, options: ReadOptions = {}): Promise<PageRead> {
  const captured = new Map<string, CapturedBody>();
  const fetcher = capturingFetch(deps.fetch, options.maxBytes ?? MAX_PAGE_BYTES, captured);
  const check: Partial<CheckOptions> = { ...options.check, safety: { ...options.check?.safety, pageUrl: url } };
  const [verdict] = await checkAll([url], { fetch: fetcher, now: deps.now }, { check, queue: deps.queue, signal: options.signal, onStart: options.onStart }, () => undefined);
  options.onFetched?.();
  options.signal?.throwIfAborted();
  if (!verdict) throw new Error(`No verdict for ${url}`);
  const finalUrl = verdict.finalUrl;
  const body = verdict.class === 'ok' || verdict.class === 'redirected' ? captured.get(finalUrl ?? verdict.url) : undefined;
  const clock = deps.clock ?? (() => performance.now());
  let scan: PageRead['scan'] = null;
  let wordCount: number | null = null;
  let parseMs = 0;
  let charset: string | null = null;
  if (body) {
    const started = clock();
    const decoded = decodeHtml(body.bytes, body.contentType ?? undefined);
    const decodeMs = clock() - started;
    charset = decoded.charset;
    const pageUrl = finalUrl ?? url;
    const parsed = await deps.parse(decoded.text, pageUrl, { ...options.scan, pageDomain: registrableDomain(pageUrl) });
    scan = parsed.scan;
    wordCount = parsed.wordCount;
    // CPU beyond the fetch: decoding here plus parsing and scanning where the parser runs (messaging excluded).
    parseMs = Math.max(0, decodeMs) + parsed.parseMs;
  }
  const xRobotsTag = body?.xRobotsTag ?? headerOf(verdict.requests, 'x-robots-tag');
  return {
    url, finalUrl, verdict,
    contentType: body?.contentType ?? headerOf(verdict.requests, 'content-type'),
    charset, bytes: body?.bytes.byteLength ?? 0, truncated: body?.truncated ?? false, xRobotsTag,
    index: judgeIndexable({ verdictClass: verdict.class, httpStatus: verdict.httpStatus, finalUrl, xRobotsTag, meta: scan?.meta ?? null }),
    scan, wordCount, parseMs, readAt: deps.now(),
  };
}

function headerOf(requests: PageRead['verdict']['requests'], name: string): string | null {
  for (let i = requests.length - 1; i >= 0; i--) {
    const value = requests[i]?.headers[name];
    if (value !== undefined) return value;
  }
  return null;
}
