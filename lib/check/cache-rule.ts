import { pageIsNonPublic, type SafetyContext } from '@/lib/check/safety';
import { anyNonPublicUrl } from '@/lib/url/network';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';

/** Every address a verdict speaks about: the link, where it ended, each hop and each request. */
function addressesOf(verdict: LinkVerdict): string[] {
  return [verdict.url, verdict.finalUrl ?? '', ...verdict.hops.map((h) => h.to), ...verdict.requests.map((r) => r.url)].filter(Boolean);
}

/** Whether a verdict says anything about a loopback, LAN or link-local destination. */
export function touchesPrivateNetwork(verdict: LinkVerdict): boolean {
  return anyNonPublicUrl(addressesOf(verdict));
}

/** Whether the page in `context` may see results about private destinations. */
export function mayKnowPrivate(context: SafetyContext): boolean {
  return Boolean(context.allowPrivate) || pageIsNonPublic(context.pageUrl);
}

/**
 * Whether a cached verdict may stand for a new check from the page in `context`. A verdict about a
 * private destination was reached from a page allowed to reach it; handing it to a public page
 * would let that page learn what it could never have asked for. Skips are never reused: they
 * depend on the page and the settings of the check that made them.
 */
export function reusableVerdict(verdict: LinkVerdict, context: SafetyContext): boolean {
  if (verdict.class === 'skipped') return false;
  return !touchesPrivateNetwork(verdict) || mayKnowPrivate(context);
}

/**
 * For a page and its links, a function of their stored verdicts that lists the links whose stored
 * verdict the page's popup may not show from the cache: on a public page, those to a private
 * destination, or whose stored verdict speaks of one. Their result is the page's own latest check's
 * instead (`shownVerdicts`). None on a page on a private network. The links' own addresses are
 * judged once, here; then only a verdict's other addresses (a redirect's, say) are looked at.
 */
export function ownResultKeys(pageUrl: string, keys: readonly string[]): (cached: ReadonlyMap<string, LinkVerdict>) => string[] {
  if (pageIsNonPublic(pageUrl)) return () => [];
  const privateKeys = new Set(keys.filter((key) => anyNonPublicUrl([key])));
  return (cached) => keys.filter((key) => {
    if (privateKeys.has(key)) return true;
    const verdict = cached.get(key);
    if (!verdict) return false;
    const elsewhere = addressesOf(verdict).filter((address) => address !== key);
    return elsewhere.length > 0 && anyNonPublicUrl(elsewhere);
  });
}

/**
 * What a page's popup shows for its links: each link's stored verdict, whichever page's check made
 * it, except for the `ownKeys` links (`ownResultKeys`), which show the page's own latest check's
 * result (`own`, by link): a public page is never shown what an intranet page's check found on a
 * private host, and a public page's skip is its own.
 */
export function shownVerdicts(ownKeys: readonly string[], cached: ReadonlyMap<string, LinkVerdict>, own: ReadonlyMap<string, LinkVerdict>): Map<string, LinkVerdict> {
  const shown = new Map(cached);
  for (const key of ownKeys) {
    const verdict = own.get(key);
    if (verdict) shown.set(key, verdict);
    else shown.delete(key);
  }
  return shown;
}
