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
