import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { urlKey } from '@/lib/url/key';

export function hostOf(input: RequestInfo | URL | string): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(url).host;
}

/** One entry per distinct URL (fragments ignored), in first-seen order. */
export function distinctUrls(urls: readonly string[]): string[] {
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

const empty = (url: string, at: number) => ({ url, httpStatus: null, finalUrl: null, hops: [], requests: [], checkedAt: at, durationMs: 0 });

export function skippedVerdict(url: string, reason: string, at: number): LinkVerdict {
  return { ...empty(url, at), class: 'skipped', reason };
}

/** A link on a host that let earlier requests time out without ever answering: not requested again. */
export function unresponsiveVerdict(url: string, at: number): LinkVerdict {
  return {
    ...empty(url, at), class: 'timeout',
    reason: 'not requested: its host let two other requests time out in the last minute and answered none',
  };
}
