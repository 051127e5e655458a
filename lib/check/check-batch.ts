import { checkUrl } from '@/lib/check/check-url';
import { HostQueue, type HostQueueOptions } from '@/lib/check/host-queue';
import type { CheckDeps, CheckOptions } from '@/lib/check/options';
import { retryAfterMs } from '@/lib/check/retry';
import { createSafetyCheck } from '@/lib/check/safety';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { urlKey } from '@/lib/url/key';

export interface BatchOptions {
  check?: Partial<CheckOptions>;
  /** Queue settings, or a queue to share (and inspect in tests). */
  queue?: Partial<HostQueueOptions> | HostQueue;
  /** Stops the batch: nothing new starts, running checks are aborted, no more verdicts arrive. */
  signal?: AbortSignal;
}

function hostOf(input: RequestInfo | URL): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(url).host;
}

/** One entry per distinct URL (fragments ignored), in first-seen order. */
function distinct(urls: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const url of urls) {
    const key = urlKey(url); // not a URL: kept as written, the safety check skips it with a reason
    if (!seen.has(key)) {
      seen.add(key);
      out.push(key);
    }
  }
  return out;
}

function skipped(url: string, reason: string, at: number): LinkVerdict {
  return { url, class: 'skipped', httpStatus: null, finalUrl: null, hops: [], requests: [], reason, checkedAt: at, durationMs: 0 };
}

/**
 * Checks many URLs through the per-host queue, reporting each verdict as it is decided.
 * Resolves with every verdict reached; after a cancel, with those reached before it.
 */
export async function checkAll(
  urls: readonly string[], deps: CheckDeps, options: BatchOptions, onVerdict: (verdict: LinkVerdict) => void,
): Promise<LinkVerdict[]> {
  const now = deps.now ?? (() => Date.now());
  const queue = options.queue instanceof HostQueue
    ? options.queue
    : new HostQueue({ now, ...(deps.sleep ? { sleep: deps.sleep } : {}), ...options.queue });
  const signal = options.signal;
  const unsafe = createSafetyCheck(options.check?.safety ?? {});
  const verdicts: LinkVerdict[] = [];
  const report = (verdict: LinkVerdict) => {
    if (signal?.aborted) return;
    verdicts.push(verdict);
    onVerdict(verdict);
  };

  // Every answer passes through here, so a 429 slows the host for all links still queued for it.
  const politeFetch: typeof fetch = async (input, init) => {
    const response = await deps.fetch(input, init);
    const asked = response.headers.get('retry-after') ?? undefined;
    if (response.status === 429 || (response.status === 503 && asked !== undefined)) {
      queue.slowDown(hostOf(input), retryAfterMs(asked, now()));
    }
    return response;
  };
  const checkDeps: CheckDeps = { ...deps, fetch: politeFetch, signal, gate: (url, s) => queue.admit(hostOf(url), s) };

  await Promise.all(distinct(urls).map(async (url) => {
    const reason = unsafe(url);
    if (reason) {
      report(skipped(url, reason, now()));
      return;
    }
    try {
      report(await queue.run(hostOf(url), () => checkUrl(url, checkDeps, options.check), signal));
    } catch (error) {
      if (signal?.aborted) return; // cancelled: no verdict for this URL
      throw error;
    }
  }));
  return verdicts;
}
