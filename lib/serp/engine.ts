import type { Engine } from './types';

export interface ResultsPage {
  engine: Engine;
  query: string;
}

const GOOGLE_HOST = /^(?:www\.)?google\.(?:[a-z]{2,3}|com?\.[a-z]{2})$/;

function engineFor(url: URL): Engine | null {
  const host = url.hostname.toLowerCase();
  if (GOOGLE_HOST.test(host) && url.pathname === '/search') return 'google';
  if ((host === 'bing.com' || host.endsWith('.bing.com')) && url.pathname === '/search') return 'bing';
  if (host === 'duckduckgo.com' && /^\/(?:html\/?|lite\/?)?$/.test(url.pathname)) return 'duckduckgo';
  if ((host === 'html.duckduckgo.com' || host === 'lite.duckduckgo.com') && /^\/(?:html|lite)\/?$/.test(url.pathname)) return 'duckduckgo';
  return null;
}

/** The engine and query of a results page URL, or null when the URL is not one. */
export function resultsPageFor(href: string | undefined): ResultsPage | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null; // not a URL at all: not a results page
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const engine = engineFor(url);
  if (!engine) return null;
  const query = (url.searchParams.get('q') ?? '').trim();
  // DuckDuckGo's home page has no q=; it is a search page only with one.
  if (engine === 'duckduckgo' && !query) return null;
  return { engine, query };
}

/** Hosts that belong to the engines themselves: links there are navigation, not results. */
export function isEngineHost(host: string): boolean {
  const h = host.toLowerCase();
  return (
    GOOGLE_HOST.test(h) ||
    /(?:^|\.)(?:googleadservices|googlesyndication|doubleclick)\.(?:com|net)$/.test(h) ||
    h.endsWith('.google.com') ||
    h === 'bing.com' ||
    h.endsWith('.bing.com') ||
    h === 'duckduckgo.com' ||
    h.endsWith('.duckduckgo.com')
  );
}
