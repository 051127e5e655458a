import { decodeFully, joinedForms, pathSegments, words, type Segment } from '@/lib/check/url-tokens';

/**
 * Links that look like they do something when requested (log out, delete, add to cart). Even
 * without cookies a GET to them can have effects, so they are never checked. URLs are read as
 * words (`url-tokens.ts`), so `/logout;jsessionid=1`, `/deleteAccount` and `/wp-admin%2F…` read
 * like `/logout`, `/delete/account` and `/wp-admin/`.
 */

/** Words that act wherever they stand in a short segment. */
const STRONG = new Set([
  'logout', 'logoff', 'signout', 'sessionend', 'endsession', 'unsubscribe', 'unsub', 'optout', 'wpadmin',
  'addtocart', 'addtobasket', 'emptycart',
]);
/** Verbs that act when the segment is the verb alone or the verb and what it acts on ("delete-account"). */
const VERBS = new Set(['delete', 'remove', 'destroy', 'purge', 'erase', 'revoke', 'deactivate', 'unregister', 'unfollow', 'unlink', 'disconnect', 'terminate']);
const OBJECTS = new Set(['account', 'user', 'profile', 'me', 'all', 'item', 'items', 'data', 'post', 'comment', 'subscription', 'session', 'membership', 'card', 'address', 'it', 'everything']);
/** Shop words that act as a segment of their own ("/cart", "/basket/add"). */
const SHOP = new Set(['cart', 'basket', 'checkout']);
/** Links that act once, by a token in them: confirming, verifying, approving, signing in by e-mail. */
const ONE_CLICK = new Set([
  'confirm', 'confirmation', 'verify', 'verification', 'validate', 'activate', 'activation', 'approve', 'accept',
  'decline', 'reject', 'magic', 'magiclink', 'optin', 'reset', 'invite', 'invitation', 'claim', 'redeem', 'unsubscribe',
]);
const ACTION_KEYS = new Set(['do', 'cmd', 'command', 'op', 'operation', 'task', 'route', 'method', 'mode']);
const TOKEN_KEYS = new Set(['token', 'key', 'code', 'sig', 'signature', 'hash', 'auth', 'otp', 'nonce', 'secret', 'ticket', 'jwt', 'hmac', 'k', 't']);

/** A segment of more words than this reads like a title ("how-to-log-out-of-gmail"), not a command. */
const COMMAND_WORDS = 4;

function segmentActs(w: readonly string[]): boolean {
  if (w.length <= COMMAND_WORDS && joinedForms(w).some((f) => STRONG.has(f))) return true;
  const [a = '', b] = w;
  if (w.length === 1) return VERBS.has(a) || SHOP.has(a);
  if (w.length === 2 && b !== undefined) return (VERBS.has(a) && OBJECTS.has(b)) || (OBJECTS.has(a) && VERBS.has(b)) || (a === 'add' && SHOP.has(b));
  return false;
}

/** The first segment that acts, or where two neighbours do together ("/session/end", "/log/out"). */
function actingSegment(segments: readonly Segment[]): string | undefined {
  for (let i = 0; i < segments.length; i++) {
    const here = segments[i];
    const next = segments[i + 1];
    if (!here) continue;
    if (segmentActs(here.words)) return here.text;
    if (next && STRONG.has(`${here.words.at(-1) ?? ''}${next.words[0] ?? ''}`)) return `${here.text}/${next.text}`;
  }
  return undefined;
}

function oneClickWord(segments: readonly Segment[]): string | undefined {
  for (const s of segments) {
    if (s.words.length > COMMAND_WORDS) continue;
    const found = joinedForms(s.words).find((f) => ONE_CLICK.has(f));
    if (found) return found;
  }
  return undefined;
}

/** A long random-looking path segment: a token written into the path (`/verify/4f9c…e1`). */
function tokenInPath(pathname: string): boolean {
  return decodeFully(pathname).split('/').some((s) => /^[A-Za-z0-9_-]{24,}$/.test(s) && /\d/.test(s) && /[A-Za-z]/.test(s));
}

/**
 * Why a URL looks like an action, or null. `allowOneClick` lets confirm/verify/unsubscribe links
 * that carry a token through (the user opted in).
 */
export function actionReason(url: URL, options: { allowOneClick?: boolean } = {}): string | null {
  const segments = pathSegments(url.pathname);
  const inPath = actingSegment(segments);
  if (inPath) return `the path has "/${inPath}"`;
  let tokenBearing = tokenInPath(url.pathname);
  let oneClick = oneClickWord(segments);
  for (const [rawKey, rawValue] of url.searchParams) {
    const key = words(rawKey).join('');
    const value = decodeFully(rawValue);
    if (key === 'action') return `the query has ?${rawKey}=${value}`;
    if (STRONG.has(key) || VERBS.has(key) || SHOP.has(key)) return `the query has "${rawKey.toLowerCase()}"`;
    // A value acts when it is a path ("?route=account/logout"), a command's value, or one action word alone.
    const valueSegments = pathSegments(value.includes('/') || ACTION_KEYS.has(key) ? value : value.replace(/\s+/g, '-'));
    const whole = words(value).join('');
    const acting = value.includes('/') || ACTION_KEYS.has(key) ? actingSegment(valueSegments) : STRONG.has(whole) || VERBS.has(whole) ? whole : undefined;
    if (acting) return `the query asks to ${acting}`;
    if (TOKEN_KEYS.has(key)) tokenBearing = true;
    if (ACTION_KEYS.has(key)) oneClick ??= oneClickWord(valueSegments);
    if (ONE_CLICK.has(key)) oneClick ??= key;
  }
  if (oneClick && tokenBearing && !options.allowOneClick) return `a one-click "${oneClick}" link with a token`;
  return null;
}
