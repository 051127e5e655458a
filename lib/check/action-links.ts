/**
 * Links that look like they do something when requested (log out, delete, add to cart). Even
 * without cookies a GET to them can have effects, so they are never checked.
 */
const ACTION_WORDS = new Set([
  'logout', 'log-out', 'log_out', 'logoff', 'log-off', 'signout', 'sign-out', 'sign_out', 'delete', 'remove',
  'unsubscribe', 'add-to-cart', 'checkout', 'cart', 'wp-admin',
]);

function stem(segment: string): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // malformed percent-encoding: judge the segment as written
  }
  return text.toLowerCase().replace(/\.[a-z0-9]{1,5}$/, '');
}

/** Why a URL looks like an action, or null. Words count as whole path segments or query words. */
export function actionReason(url: URL): string | null {
  const segment = url.pathname.split('/').map(stem).find((s) => ACTION_WORDS.has(s));
  if (segment) return `the path has "/${segment}"`;
  if (/add-to-cart/i.test(url.pathname)) return 'the path adds to a cart';
  for (const [key, value] of url.searchParams) {
    const k = key.toLowerCase();
    if (k === 'action') return `the query has ?action=${value}`;
    if (ACTION_WORDS.has(k)) return `the query has "${k}"`;
    if (ACTION_WORDS.has(stem(value))) return `the query asks to ${stem(value)}`;
  }
  return null;
}
