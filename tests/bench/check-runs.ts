// One timed run of a checker over the 500-link page. Every run gets its own farm and page server:
// the farm's "recovers after N hits" counters start fresh, its per-host peaks count only this run,
// and no kept-alive connection from an earlier run makes a later one look faster.
import { setMaxListeners } from 'node:events';
import { LinkChecker } from 'linkinator';
import { checkAll } from '@/lib/check/check-batch';
import type { HostQueueOptions } from '@/lib/check/host-queue';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from '@/lib/check/options';
import { buildLinks, FARM_HOSTS, hrefsOf, linksPageHtml, serveLinksPage, type LinkCase } from '@/tests/bench/check-fixture';
import { trackFetch } from '@/tests/bench/fetch-tracker';
import { startLinkFarm } from '@/tests/fixtures/link-farm.mjs';

/** Our default time limit per request; linkinator gets the same in its "equal timeouts" run. */
export const TIMEOUT_MS = DEFAULT_CHECK_OPTIONS.timeoutMs;
/** A run still going after this is stopped and reported, so the bench stays within a few minutes. */
const RUN_LIMIT_MS = 60_000;

export interface Run {
  cases: LinkCase[];
  /** Each URL's answer: our class, or linkinator's state. */
  answers: Map<string, string>;
  wallMs: number;
  /** Per farm host, the most requests its server was handling at once. */
  maxInFlightByHost: Record<string, number>;
  /** Per host, the most requests the tool had sent and not yet had an answer to (see fetch-tracker). */
  maxOpenByHost: Record<string, number>;
  requests: number;
  /** Requests for the farm's always-failing /error page: shows how many attempts each tool made. */
  errorPageRequests: number;
  /** Set when the run was stopped at the time limit. */
  stopped: string | null;
  /** Our checker's longest checks (waits included); linkinator reports no per-link time. */
  slowest: { url: string; ms: number }[];
}

type Measured = Pick<Run, 'answers' | 'wallMs' | 'stopped' | 'slowest'>;

async function withFarm(body: (pageUrl: string, fetcher: typeof fetch) => Promise<Measured>): Promise<Run> {
  const farm = await startLinkFarm({ hosts: FARM_HOSTS, hard: true, lifetimeMs: 120_000, maxRequests: 8000, slowMs: 1000, retryAfterSeconds: 1 });
  const cases = buildLinks(farm);
  const page = await serveLinksPage(linksPageHtml(cases), 90_000);
  const tracker = trackFetch(fetch);
  try {
    const result = await body(page.url, tracker.fetch);
    const errorPath = new URL(farm.urls.serverError).pathname;
    return {
      ...result, cases, maxInFlightByHost: farm.maxInFlightByHost(), maxOpenByHost: tracker.maxByHost(), requests: farm.log.length,
      errorPageRequests: farm.log.filter((r) => r.path === errorPath).length,
    };
  } finally {
    await Promise.all([farm.close(), page.close()]);
  }
}

/** Our checker as the extension runs it on a loopback page, with Node's fetch; defaults unless overridden. */
export function runLinkscout(queue: Partial<HostQueueOptions>, overrides: Partial<CheckOptions> = {}): Promise<Run> {
  return withFarm(async (pageUrl, fetcher) => {
    const check: Partial<CheckOptions> = { ...overrides, safety: { pageUrl } };
    const limit = AbortSignal.timeout(RUN_LIMIT_MS);
    // Every queued link listens on the batch's signal; 500 of them are expected here, not a leak.
    setMaxListeners(0, limit);
    const started = performance.now();
    const response = await fetcher(pageUrl);
    const urls = hrefsOf(await response.text());
    const verdicts = await checkAll(urls, { fetch: fetcher }, { check, queue, signal: limit }, () => undefined);
    const wallMs = performance.now() - started;
    const slowest = [...verdicts].sort((a, b) => b.durationMs - a.durationMs).slice(0, 5);
    return {
      answers: new Map(verdicts.map((v) => [v.url, v.class])),
      wallMs,
      stopped: limit.aborted ? `stopped after ${RUN_LIMIT_MS / 1000} s` : null,
      slowest: slowest.map((v) => ({ url: v.url, ms: Math.round(v.durationMs) })),
    };
  });
}

export interface LinkinatorSettings {
  concurrency: number;
  /** Per request; 0 is linkinator's default, no time limit. */
  timeout: number;
  /** Honour Retry-After on 429 (linkinator's `retry`, off by default). */
  retry: boolean;
  /** Extra attempts after a 5xx or network error (linkinator's retryErrorsCount counts one more). */
  retries: number;
  /** When to stop a run that has not finished (it is reported as stopped). */
  limitMs?: number;
}

export function runLinkinator({ concurrency, timeout, retry, retries, limitMs = RUN_LIMIT_MS }: LinkinatorSettings): Promise<Run> {
  return withFarm(async (pageUrl, fetcher) => {
    const checker = new LinkChecker();
    // Verdicts as they arrive, so a run stopped at the limit still shows what it had decided.
    const streamed = new Map<string, string>();
    checker.on('link', (l) => {
      if (l.url !== pageUrl) streamed.set(l.url, l.state);
    });
    // linkinator calls the global fetch at request time, so it goes through the tracker too.
    const original = globalThis.fetch;
    globalThis.fetch = fetcher;
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), limitMs);
    });
    const result = await Promise.race([
      checker.check({
        path: pageUrl, recurse: false, concurrency, timeout,
        retry, retryErrors: retries > 0, retryErrorsCount: Math.max(0, retries - 1), retryErrorsJitter: 500,
      }),
      limit,
    ]).finally(() => {
      clearTimeout(timer);
      globalThis.fetch = original;
    });
    const wallMs = performance.now() - started;
    const links = (result?.links ?? []).filter((l) => l.url !== pageUrl);
    return {
      answers: result ? new Map(links.map((l) => [l.url, l.state])) : streamed,
      wallMs,
      stopped: result ? null : `stopped after ${limitMs / 1000} s`,
      slowest: [],
    };
  });
}
