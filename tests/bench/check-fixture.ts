// The 500-link page both checkers read: fine filler pages spread over 42 loopback hosts, every kind
// of failure the link farm serves, and the hard hosts users meet: two that never answer, two that
// answer 429 with Retry-After for their first seconds, a 3 s outage (503 with Retry-After), a host
// down for good, and two slow (2 s) hosts, several links each. Each link has the class it must get.
// The layout depends only on the farm's roles, so every run (each with a fresh farm) sees the same mix.
import { createServer } from 'node:http';
import type { VerdictClass } from '@/lib/schemas/link-verdict';
import type { startLinkFarm } from '@/tests/fixtures/link-farm.mjs';

export type Farm = Awaited<ReturnType<typeof startLinkFarm>>;
type FarmName = keyof Farm['urls'];

export interface LinkCase {
  /** What kind of link this is, for the report ("missing", "filler page"…). */
  name: string;
  url: string;
  expected: VerdictClass;
}

export const TOTAL_LINKS = 500;
export const FARM_HOSTS = 55;

// Named farm URLs and the class each must get (as in tests/unit/check/link-farm.test.ts).
// Left out: "rateLimited" (429 for ever: linkinator retries a 429 with Retry-After without limit, so
// it never finishes). Hanging links are on their own hosts below.
const NAMED: [FarmName, VerdictClass][] = [
  ['home', 'ok'], ['ok', 'ok'], ['pdf', 'ok'], ['noContent', 'ok'], ['chain', 'ok'], ['head405', 'ok'],
  ['head404', 'ok'], ['slow', 'ok'], ['endless', 'ok'], ['otherSite', 'ok'], ['softRealPage', 'ok'],
  ['unavailableRecovers', 'ok'], ['rateLimitedRecovers', 'ok'],
  ['reset', 'broken'], ['refused', 'broken'], ['missing', 'broken'], ['gone', 'broken'], ['loop', 'broken'],
  ['serverError', 'server-error'], ['unavailable', 'server-error'],
  ['forbidden', 'blocked'], ['challenge', 'blocked'], ['linkedin999', 'blocked'],
  ['deepToHome', 'redirected'], ['crossSite', 'redirected'],
  ['soft404', 'soft-404'], ['parked', 'parked'],
];
const FILLER_404 = 10;
const EXTRA_SOFT_404 = 4;
const EXTRA_PARKED = 2;

/** A small deterministic generator, so the page order is the same in every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hard hosts: the role, links per host, and the class each link must get. */
const HARD: [string, number, VerdictClass][] = [
  ['hang', 5, 'timeout'], ['throttle', 8, 'ok'], ['outage', 6, 'ok'], ['down', 2, 'server-error'], ['slow2', 6, 'ok'],
];

export function buildLinks(farm: Farm): LinkCase[] {
  const [, , limited = '', soft = '', parked = ''] = farm.origins;
  const fillers = farm.fillerOrigins;
  const cases: LinkCase[] = NAMED.map(([name, expected]) => ({ name, url: farm.urls[name], expected }));
  for (const [role, perHost, expected] of HARD) {
    for (const origin of farm.hardOrigins(role)) {
      for (let i = 0; i < perHost; i++) cases.push({ name: role, url: `${origin}/${role}/${i + 1}`, expected });
    }
  }
  cases.push({ name: 'limited ok', url: `${limited}/ok`, expected: 'ok' });
  cases.push({ name: 'mailto', url: 'mailto:editor@example.com', expected: 'skipped' });
  for (let i = 0; i < EXTRA_SOFT_404; i++) cases.push({ name: 'soft404', url: `${soft}/old-post-${i + 1}`, expected: 'soft-404' });
  for (let i = 0; i < EXTRA_PARKED; i++) cases.push({ name: 'parked', url: `${parked}/offer-${i + 1}`, expected: 'parked' });
  for (let i = 0; i < FILLER_404; i++) {
    cases.push({ name: 'filler 404', url: `${fillers[(i * 4) % fillers.length]}/missing/${i + 1}`, expected: 'broken' });
  }
  for (let i = 0; cases.length < TOTAL_LINKS; i++) {
    cases.push({ name: 'filler page', url: `${fillers[i % fillers.length]}/page/${i + 1}`, expected: 'ok' });
  }
  // Links on a real page are not grouped by host.
  const random = seeded(500);
  for (let i = cases.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [cases[i], cases[j]] = [cases[j] as LinkCase, cases[i] as LinkCase];
  }
  return cases;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function linksPageHtml(cases: readonly LinkCase[]): string {
  const items = cases.map((c, i) => `<li><a href="${escapeAttr(c.url)}">Resource ${i + 1}</a></li>`);
  return `<!doctype html><html><head><title>Resources</title></head><body><h1>Resources</h1><ul>\n${items.join('\n')}\n</ul></body></html>`;
}

/** The href of every anchor on the page above, decoded. */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&'));
}

export interface LinksPage {
  url: string;
  close: () => Promise<void>;
}

/** Serves `html` at /links.html on 127.0.0.1; stops by itself after `lifetimeMs` or 50 requests. */
export async function serveLinksPage(html: string, lifetimeMs: number): Promise<LinksPage> {
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    if (requests > 50) {
      res.writeHead(503).end();
      void close();
      return;
    }
    if (new URL(req.url ?? '/', 'http://page').pathname !== '/links.html') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const timer = setTimeout(() => void close(), lifetimeMs);
  timer.unref();
  let closed = false;
  function close(): Promise<void> {
    if (closed) return Promise.resolve();
    closed = true;
    clearTimeout(timer);
    return new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  }
  const bound = server.address();
  return { url: `http://127.0.0.1:${typeof bound === 'object' && bound ? bound.port : 0}/links.html`, close };
}
