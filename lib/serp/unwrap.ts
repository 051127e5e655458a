import { isEngineHost } from './engine';

function decodeBingTarget(u: string): string | null {
  // Bing's click-tracking links carry the target as "a1" + base64url.
  if (!u.startsWith('a1')) return u.startsWith('http') ? u : null;
  const b64 = u.slice(2).replace(/-/g, '+').replace(/_/g, '/');
  try {
    return atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return null; // not base64 after all: leave the link as the engine's own
  }
}

function wrappedTarget(url: URL): string | null {
  const p = url.searchParams;
  if (url.pathname === '/url') return p.get('q') ?? p.get('url');
  if (url.pathname.startsWith('/l/')) return p.get('uddg');
  if (url.pathname === '/ck/a' || url.pathname === '/aclk') {
    const u = p.get('u');
    return u ? decodeBingTarget(u) : null;
  }
  return p.get('adurl');
}

/**
 * The destination of a result link: engines wrap results in redirect links (Google `/url?q=`,
 * Bing `/ck/a?u=a1…`, DuckDuckGo `/l/?uddg=`, ad click links with `adurl=`). Returns null for a
 * link that stays on the engine or is not http(s).
 */
export function resultTarget(href: string): URL | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null; // an unparsable href is not a result
  }
  for (let hops = 0; hops < 3 && isEngineHost(url.hostname); hops++) {
    const inner = wrappedTarget(url);
    if (!inner) return null;
    try {
      url = new URL(inner, url);
    } catch {
      return null; // the wrapped target is not a URL
    }
  }
  if (isEngineHost(url.hostname)) return null;
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}
