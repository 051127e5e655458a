// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAll } from '@/lib/check/check-batch';
import { checkUrl } from '@/lib/check/check-url';
import { HostQueue } from '@/lib/check/host-queue';
import type { CheckOptions } from '@/lib/check/options';
import type { LinkVerdict, VerdictClass } from '@/lib/schemas/link-verdict';
import { startLinkFarm } from '@/tests/fixtures/link-farm.mjs';

type Farm = Awaited<ReturnType<typeof startLinkFarm>>;
type Name = keyof Farm['urls'];

let farm: Farm;
const requested: string[] = [];
// Node's real fetch, recording every address asked for.
const recordingFetch: typeof fetch = (input, init) => {
  requested.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  return fetch(input, init);
};

const OPTIONS: Partial<CheckOptions> = {
  timeoutMs: 800, retries: 1, backoffMs: 50, retryAfterBudgetMs: 5000,
  safety: { pageUrl: 'http://127.0.0.2/' },
};

beforeAll(async () => {
  farm = await startLinkFarm({ hosts: 8, lifetimeMs: 30_000, maxRequests: 1000, slowMs: 300, retryAfterSeconds: 1 });
});
afterAll(async () => {
  await farm.close();
});

const EXPECTED: [Name, VerdictClass, number | null, RegExp][] = [
  ['home', 'ok', 200, /^200 OK/],
  ['ok', 'ok', 200, /^200 OK \(HEAD 200, GET 200/],
  ['pdf', 'ok', 200, /^200 OK \(HEAD 200\)$/],
  ['noContent', 'ok', 204, /204 No Content/],
  ['chain', 'ok', 200, /same-site redirects.*3 redirects/],
  ['head405', 'ok', 200, /HEAD 405, GET 200/],
  ['head404', 'ok', 200, /HEAD 404, GET 200/],
  ['slow', 'ok', 200, /200 OK/],
  ['endless', 'ok', 200, /200 OK/],
  ['otherSite', 'ok', 200, /200 OK/],
  ['softRealPage', 'ok', 200, /200 OK/],
  ['hang', 'timeout', null, /no answer within the time limit \(HEAD timeout ×2\)/],
  ['reset', 'broken', null, /connection reset/],
  ['refused', 'broken', null, /connection refused/],
  ['missing', 'broken', 404, /404 Not Found on GET/],
  ['gone', 'broken', 410, /410 Gone \(HEAD 410\)/],
  ['loop', 'broken', 302, /redirect loop/],
  ['serverError', 'server-error', 500, /500 Internal Server Error after 2 attempts/],
  ['unavailable', 'server-error', 503, /503 Service Unavailable after 2 attempts/],
  ['unavailableRecovers', 'ok', 200, /GET 503 → 200/],
  ['forbidden', 'blocked', 403, /403 Forbidden: access refused/],
  ['challenge', 'blocked', 403, /Cloudflare challenge/],
  ['linkedin999', 'blocked', 999, /999/],
  ['rateLimited', 'rate-limited', 429, /429 Too Many Requests persisted after honouring Retry-After.*\(HEAD 429 ×5\)/],
  ['rateLimitedRecovers', 'ok', 200, /HEAD 429 → 200/],
  ['deepToHome', 'redirected', 200, /deep URL redirected to the home page/],
  ['crossSite', 'redirected', 200, /another site \(127\.0\.0\.3\)/],
  ['soft404', 'soft-404', 200, /reads "not found" \("Page not found"\)/],
  ['parked', 'parked', 200, /this domain is for sale/i],
];

describe('the link checker against the link farm', () => {
  let verdicts: Map<string, LinkVerdict>;
  let queue: HostQueue;
  let elapsed: number;

  beforeAll(async () => {
    const names = EXPECTED.map(([name]) => name);
    const urls = names.map((name) => farm.urls[name]);
    const filler = farm.origins.slice(5).flatMap((origin) => [1, 2, 3, 4].map((n) => `${origin}/page/${n}`));
    // Duplicates (one with a fragment) and a non-http link ride along.
    const input = [...urls, farm.urls.ok, `${farm.urls.ok}#section`, 'mailto:someone@example.com', ...filler];
    queue = new HostQueue({ perHost: 2, globalLimit: 8, gapMs: 20 });
    const seen: LinkVerdict[] = [];
    const started = Date.now();
    const all = await checkAll(input, { fetch: recordingFetch }, { check: OPTIONS, queue }, (v) => seen.push(v));
    elapsed = Date.now() - started;
    expect(seen).toEqual(all);
    verdicts = new Map(all.map((v) => [v.url, v]));
    expect(all).toHaveLength(urls.length + 1 + filler.length);
    for (const url of filler) expect(verdicts.get(url)?.class).toBe('ok');
    expect(verdicts.get('mailto:someone@example.com')?.class).toBe('skipped');
  }, 30_000);

  it.each(EXPECTED)('%s → %s', (name, cls, status, reason) => {
    const verdict = verdicts.get(farm.urls[name]);
    expect(verdict?.class).toBe(cls);
    expect(verdict?.httpStatus).toBe(status);
    expect(verdict?.reason).toMatch(reason);
  });

  it('records the redirect evidence', () => {
    const chain = verdicts.get(farm.urls.chain);
    expect(chain?.hops.map((h) => h.status)).toEqual([301, 302, 307]);
    expect(chain?.finalUrl).toBe(farm.urls.ok);
    expect(verdicts.get(farm.urls.crossSite)?.finalUrl).toBe(farm.urls.otherSite);
    expect(verdicts.get(farm.urls.deepToHome)?.finalUrl).toBe(farm.urls.home);
  });

  it('never had more than two requests in flight on any host', () => {
    const peaks = Object.values(farm.maxInFlightByHost());
    expect(peaks.length).toBeGreaterThanOrEqual(6);
    expect(farm.log.filter((r) => r.inFlight > 2).map((r) => `${r.method} ${r.host}${r.path} ${r.at}`)).toEqual([]);
  });

  it('asked nothing but loopback addresses', () => {
    expect(requested.length).toBeGreaterThan(50);
    for (const url of requested) expect(new URL(url).hostname).toMatch(/^127\.\d+\.\d+\.\d+$/);
    for (const entry of farm.log) expect(entry.host).toMatch(/^127\.\d+\.\d+\.\d+:\d+$/);
  });

  it('checked each URL once, with HEAD first and GET only when needed', () => {
    const count = (path: string, method?: string) => farm.log.filter((r) => r.path === path && (!method || r.method === method)).length;
    expect(count('/gone')).toBe(1);
    expect(count('/file.pdf')).toBe(1);
    expect([count('/head-405', 'HEAD'), count('/head-405', 'GET')]).toEqual([1, 1]);
    expect([count('/missing', 'HEAD'), count('/missing', 'GET')]).toEqual([1, 1]);
    expect(count('/loop/a') + count('/loop/b')).toBe(2);
  });

  it('paused the rate-limiting host for its other links, and let it recover its pace', () => {
    const limitedHost = new URL(farm.urls.rateLimited).host;
    const onLimited = [...verdicts.values()].flatMap((v) => v.requests).filter((r) => new URL(r.url).host === limitedHost)
      .sort((a, b) => a.startedAt - b.startedAt);
    const first429 = onLimited.find((r) => r.status === 429);
    expect(first429).toBeDefined();
    const answeredAt = (first429?.startedAt ?? 0) + (first429?.durationMs ?? 0);
    const next = onLimited.find((r) => r.startedAt >= answeredAt);
    // Retry-After is 1 s: once the 429 arrived, nothing else went to that host before it was up.
    expect((next?.startedAt ?? 0) - answeredAt).toBeGreaterThanOrEqual(900);
    expect(queue.settings(new URL(farm.urls.ok).host).limit).toBe(2);
  });

  it('stopped reading the endless body at the prefix cap', () => {
    const get = verdicts.get(farm.urls.endless)?.requests.find((r) => r.method === 'GET');
    expect(get?.status).toBe(200);
    expect(get?.error).toBeNull();
    expect(get?.durationMs).toBeLessThan(OPTIONS.timeoutMs ?? 0);
  });

  // A bound against runaway retries, not a timing goal (those are in npm run bench:check).
  it('finished in bounded time', () => {
    expect(elapsed).toBeLessThan(25_000);
  });
});

describe('safety against the farm', () => {
  it('sends nothing to loopback hosts when the page is public', async () => {
    const before = farm.log.length;
    const urls = [farm.urls.ok, farm.urls.missing, farm.urls.parked];
    const verdicts = await checkAll(urls, { fetch: recordingFetch }, { check: { ...OPTIONS, safety: { pageUrl: 'https://blog.example.com/' } } }, () => undefined);
    expect(verdicts.map((v) => v.class)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(verdicts[0]?.reason).toMatch(/loopback address, and the page is public/);
    expect(farm.log.length).toBe(before);
  });

  it('cancels a batch: no verdicts after the abort, hanging requests dropped', async () => {
    const controller = new AbortController();
    const seen: LinkVerdict[] = [];
    const started = Date.now();
    const pending = checkAll([farm.urls.pdf, farm.urls.hang, `${farm.urls.hang}?2`], { fetch: recordingFetch },
      { check: { ...OPTIONS, timeoutMs: 5000 }, signal: controller.signal }, (v) => {
        seen.push(v);
        controller.abort();
      });
    const result = await pending;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(seen.map((v) => v.url)).toEqual([farm.urls.pdf]);
    expect(result).toEqual(seen);
  });

  it('checkUrl alone reads the farm with Node fetch', async () => {
    const verdict = await checkUrl(farm.urls.soft404, { fetch: recordingFetch }, OPTIONS);
    expect(verdict.class).toBe('soft-404');
    expect(verdict.requests.map((r) => r.method)).toEqual(['HEAD', 'GET', 'GET']);
    expect(verdict.requests[2]?.url).toMatch(/\/[0-9a-z]{16}$/);
  });
});
