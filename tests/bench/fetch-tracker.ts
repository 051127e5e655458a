// Counts requests outstanding per host on the client side: from the fetch call until its response
// (or error) arrives. The farm's own count sees a request only while its handler runs, and on
// loopback most answers are written at once, so a client firing many requests at one host can look
// polite there. This count shows what each tool actually had open.

export interface FetchTracker {
  fetch: typeof fetch;
  maxByHost: () => Record<string, number>;
}

function urlOf(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

export function trackFetch(inner: typeof fetch): FetchTracker {
  const open = new Map<string, number>();
  const peak = new Map<string, number>();
  const tracked: typeof fetch = async (input, init) => {
    const host = new URL(urlOf(input)).hostname;
    const now = (open.get(host) ?? 0) + 1;
    open.set(host, now);
    peak.set(host, Math.max(peak.get(host) ?? 0, now));
    try {
      return await inner(input, init);
    } finally {
      open.set(host, (open.get(host) ?? 1) - 1);
    }
  };
  return { fetch: tracked, maxByHost: () => Object.fromEntries(peak) };
}
