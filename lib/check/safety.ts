import { actionReason } from '@/lib/check/action-links';
import { compileExclusions } from '@/lib/check/exclusions';
import { networkDescription, networkKind } from '@/lib/url/network';

export interface SafetyContext {
  /** The page the links were found on: private targets are allowed when it is private too. */
  pageUrl?: string;
  /** The user chose to check private-network links from any page. */
  allowPrivate?: boolean;
  /** The user chose to check one-click links that carry a token (confirm, verify, magic sign-in). */
  allowOneClick?: boolean;
  /** User exclusion patterns (see `exclusions.ts`). */
  exclusions?: readonly string[];
}

export function pageIsNonPublic(pageUrl: string | undefined): boolean {
  if (!pageUrl) return false;
  try {
    return networkKind(new URL(pageUrl).hostname) !== 'public';
  } catch {
    return false; // an unparsable page address grants nothing
  }
}

/**
 * How the user may let such links be checked: the one switch in the options page. Said with every
 * private-network verdict, so "not checked" never reads like a fault of the link or the browser.
 */
export const PRIVATE_NETWORK_HINT =
  'A public page may not make Linkscout request your own network. To check such links from any page, turn on “Check links to private networks (192.168.x.x, localhost…) even from public pages” in Linkscout’s settings (the options page).';

/**
 * Why following a URL would reach into a private network the page had no business pointing at,
 * or null. Used for the link itself and for every redirect hop.
 */
export function privateTargetReason(url: URL, context: SafetyContext): string | null {
  const description = networkDescription(url.hostname);
  if (description === null || context.allowPrivate || pageIsNonPublic(context.pageUrl)) return null;
  return `${description}, and the page is public`;
}

/** Longer URLs are not requested: no real page needs one, and every rule below reads the whole URL. */
export const MAX_URL_LENGTH = 8 * 1024;

/** Builds the skip test once per batch (patterns are compiled once). */
export function createSafetyCheck(context: SafetyContext): (url: string) => string | null {
  const excluded = compileExclusions(context.exclusions ?? []);
  return (url) => {
    if (url.length > MAX_URL_LENGTH) return `URL too long (${url.length} characters; at most ${MAX_URL_LENGTH} are checked)`;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return 'not a valid absolute URL';
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `${parsed.protocol} links are not checked`;
    if (parsed.href.length > MAX_URL_LENGTH) return `URL too long (${parsed.href.length} characters once resolved; at most ${MAX_URL_LENGTH} are checked)`;
    const pattern = excluded(parsed.href);
    if (pattern) return `excluded by the pattern "${pattern}"`;
    const action = actionReason(parsed, { allowOneClick: context.allowOneClick });
    if (action) return `looks like an action link (${action})`;
    const network = privateTargetReason(parsed, context);
    return network ? `private network, not checked: ${network}. ${PRIVATE_NETWORK_HINT}` : null;
  };
}

/** Why `url` must be skipped, or null when it may be checked. */
export function skipReason(url: string, context: SafetyContext = {}): string | null {
  return createSafetyCheck(context)(url);
}
