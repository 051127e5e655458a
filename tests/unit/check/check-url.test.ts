// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkUrl } from '@/lib/check/check-url';
import type { CheckOptions } from '@/lib/check/options';
import { fakeFetch, followed, html, opaqueRedirect, redirect, respond, undiciError, type Route } from './fake-fetch';

const A = 'https://a-example.com/';
const fixed = { random: () => 0 };
const run = (route: Route, options: Partial<CheckOptions> = {}) => {
  const fake = fakeFetch(route);
  return { fake, verdict: checkUrl(`${A}page`, { fetch: fake.fetch, ...fixed }, options) };
};

describe('checkUrl: methods and requests', () => {
  it('stops at HEAD for a non-HTML 200, with no cookies and no cache', async () => {
    const { fake, verdict } = run(() => respond(200, { 'content-type': 'application/pdf' }));
    const v = await verdict;
    expect(v).toMatchObject({ class: 'ok', httpStatus: 200, finalUrl: `${A}page`, hops: [] });
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]?.init).toMatchObject({ method: 'HEAD', redirect: 'manual', credentials: 'omit', cache: 'no-store' });
    expect(v.requests[0]).toMatchObject({ method: 'HEAD', status: 200, error: null, headers: { 'content-type': 'application/pdf' } });
  });

  it('reads the body of an HTML 200 with GET', async () => {
    const { fake, verdict } = run((m) => (m === 'HEAD' ? html(200, '') : html(200, '<title>Hi</title>')));
    expect((await verdict).class).toBe('ok');
    expect(fake.calls.map((c) => c.method)).toEqual(['HEAD', 'GET']);
  });

  it('skips the body GET when told not to inspect bodies', async () => {
    const { fake, verdict } = run(() => html(200, ''), { inspectBody: false });
    expect((await verdict).class).toBe('ok');
    expect(fake.calls).toHaveLength(1);
  });

  it.each([405, 403, 404, 501, 400, 999])('falls back to GET after HEAD %i', async (status) => {
    const { fake, verdict } = run((m) => (m === 'HEAD' ? respond(status) : html(200, '<title>Fine</title>')));
    const v = await verdict;
    expect(v.class).toBe('ok');
    expect(v.reason).toContain(`HEAD ${status}, GET 200`);
    expect(fake.calls.map((c) => c.method)).toEqual(['HEAD', 'GET']);
  });

  it('does not GET after HEAD 410', async () => {
    const { fake, verdict } = run(() => respond(410));
    expect((await verdict).class).toBe('broken');
    expect(fake.calls).toHaveLength(1);
  });

  it('GET confirms a 404', async () => {
    const { verdict } = run(() => respond(404));
    expect(await verdict).toMatchObject({ class: 'broken', httpStatus: 404 });
  });

  it('skips without a request', async () => {
    const fake = fakeFetch(() => respond(200));
    const v = await checkUrl('mailto:a@b-example.com', { fetch: fake.fetch });
    expect(v).toMatchObject({ class: 'skipped', requests: [] });
    expect(fake.calls).toHaveLength(0);
  });
});

describe('checkUrl: redirects', () => {
  it('follows hop by hop and records each hop', async () => {
    const { verdict } = run((_m, url) => {
      if (url === `${A}page`) return redirect(301, '/moved');
      if (url === `${A}moved`) return redirect(302, 'https://www.a-example.com/final');
      return respond(200, { 'content-type': 'image/png' });
    });
    const v = await verdict;
    expect(v.class).toBe('ok');
    expect(v.finalUrl).toBe('https://www.a-example.com/final');
    expect(v.hops).toEqual([
      { from: `${A}page`, to: `${A}moved`, status: 301 },
      { from: `${A}moved`, to: 'https://www.a-example.com/final', status: 302 },
    ]);
  });

  it('calls a cross-site redirect "redirected"', async () => {
    const { verdict } = run((_m, url) => (url.startsWith(A) ? redirect(302, 'https://b-example.com/x') : respond(200, { 'content-type': 'text/plain' })));
    expect(await verdict).toMatchObject({ class: 'redirected', finalUrl: 'https://b-example.com/x' });
  });

  it('detects a loop without repeating it', async () => {
    const { fake, verdict } = run((_m, url) => redirect(302, url.endsWith('/page') ? '/other' : '/page'));
    const v = await verdict;
    expect(v).toMatchObject({ class: 'broken' });
    expect(v.reason).toMatch(/redirect loop/);
    expect(fake.calls).toHaveLength(2);
  });

  it('gives up after the hop limit', async () => {
    const { fake, verdict } = run((_m, url) => redirect(302, `${url}x`), { maxHops: 3 });
    const v = await verdict;
    expect(v.reason).toMatch(/too many redirects \(gave up after 4\)/);
    expect(v.class).toBe('broken');
    expect(fake.calls).toHaveLength(4);
  });

  it('never follows a public link into a private network', async () => {
    const { fake, verdict } = run(() => redirect(302, 'http://192.168.0.1/router'), { safety: { pageUrl: 'https://blog-example.com/' } });
    const v = await verdict;
    expect(v.class).toBe('skipped');
    expect(fake.calls.every((c) => !c.url.includes('192.168'))).toBe(true);
  });

  it('rejects a redirect to a non-web scheme', async () => {
    const { verdict } = run(() => redirect(302, 'ftp://a-example.com/file'));
    expect(await verdict).toMatchObject({ class: 'broken', reason: expect.stringMatching(/non-web address \(ftp:\)/) });
  });

  it('falls back to redirect: follow on an opaque redirect and says hops are hidden', async () => {
    const { fake, verdict } = run((_m, _url) => (init) =>
      init.redirect === 'manual' ? opaqueRedirect() : followed(respond(200, { 'content-type': 'text/plain' }), 'https://c-example.com/landing'));
    const v = await verdict;
    expect(v.class).toBe('redirected');
    expect(v.finalUrl).toBe('https://c-example.com/landing');
    expect(v.hops).toEqual([{ from: `${A}page`, to: 'https://c-example.com/landing', status: 0 }]);
    expect(v.requests[0]).toMatchObject({ status: null, error: 'opaque-redirect' });
    expect(v.reason).toMatch(/intermediate redirect hops not observable/);
    expect(fake.calls.map((c) => c.init.redirect)).toEqual(['manual', 'follow']);
  });

  it('reports an opaque redirect that landed in a private network', async () => {
    const { verdict } = run(() => (init) =>
      init.redirect === 'manual' ? opaqueRedirect() : followed(respond(200, { 'content-type': 'text/plain' }), 'http://10.0.0.1/admin'),
    { safety: { pageUrl: 'https://blog-example.com/' } });
    const v = await verdict;
    expect(v.class).toBe('skipped');
    expect(v.reason).toMatch(/private-network address \(10\.0\.0\.1 is a private address/);
  });
});

describe('checkUrl: network errors', () => {
  it.each([
    // Each network-level failure is tried once more (a reset on HEAD by the GET), never more.
    ['ENOTFOUND', 'broken', /does not resolve/, 2],
    ['ECONNREFUSED', 'broken', /connection refused/, 2],
    ['ECONNRESET', 'broken', /connection reset/, 2],
  ])('%s → %s after one retry', async (code, cls, reason, requests) => {
    vi.useFakeTimers();
    const { fake, verdict } = run(() => undiciError(code));
    await vi.runAllTimersAsync();
    const v = await verdict;
    vi.useRealTimers();
    expect(v.class).toBe(cls);
    expect(v.reason).toMatch(reason);
    expect(fake.calls).toHaveLength(requests);
  });

  it('calls a browser "Failed to fetch" broken only because it repeated', async () => {
    const { verdict } = run(() => new TypeError('Failed to fetch'), { retries: 0 });
    const v = await verdict;
    expect(v.class).toBe('broken');
    expect(v.reason).toMatch(/network error \(HEAD network, GET network\)/);
  });
});

describe('checkUrl: timing (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('honours Retry-After on 429 and recovers', async () => {
    const { fake, verdict } = run((_m, _u, call) => (call === 1 ? respond(429, { 'retry-after': '2' }) : respond(200, { 'content-type': 'text/plain' })));
    await vi.advanceTimersByTimeAsync(1999);
    expect(fake.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const v = await verdict;
    expect(v.class).toBe('ok');
    expect(v.requests.map((r) => r.startedAt)).toEqual([0, 2000]);
    expect(v.durationMs).toBe(2000);
  });

  it('honours an HTTP-date Retry-After on 503', async () => {
    const date = new Date(5000).toUTCString();
    const { verdict } = run((_m, _u, call) => (call === 1 ? respond(503, { 'retry-after': date }) : respond(204)));
    await vi.runAllTimersAsync();
    const v = await verdict;
    expect(v.class).toBe('ok');
    expect(v.requests.map((r) => r.startedAt)).toEqual([0, 5000]);
  });

  it('gives up on 429 within the Retry-After budget: rate-limited', async () => {
    const { fake, verdict } = run(() => respond(429, { 'retry-after': '10' }), { retryAfterBudgetMs: 15_000 });
    await vi.runAllTimersAsync();
    const v = await verdict;
    expect(v).toMatchObject({ class: 'rate-limited', httpStatus: 429 });
    expect(fake.calls).toHaveLength(2);
    expect(v.durationMs).toBe(10_000);
  });

  it('does not wait at all when Retry-After alone exceeds the budget', async () => {
    const { fake, verdict } = run(() => respond(429, { 'retry-after': '3600' }));
    const v = await verdict;
    expect(v.class).toBe('rate-limited');
    expect(fake.calls).toHaveLength(1);
  });

  it('retries 5xx on GET with exponential backoff, then server-error', async () => {
    const { fake, verdict } = run(() => respond(500), { backoffMs: 1000 });
    await vi.runAllTimersAsync();
    const v = await verdict;
    expect(v).toMatchObject({ class: 'server-error', httpStatus: 500 });
    expect(fake.calls.map((c) => c.method)).toEqual(['HEAD', 'GET', 'GET', 'GET']);
    // random() = 0: equal jitter gives half of 1000, then half of 2000.
    expect(v.requests.map((r) => r.startedAt)).toEqual([0, 0, 500, 1500]);
  });

  it('recovers when a 503 clears', async () => {
    const { verdict } = run((m, _u, call) => (m === 'GET' && call >= 2 ? respond(204) : respond(503)));
    await vi.runAllTimersAsync();
    expect((await verdict).class).toBe('ok');
  });

  it('times out a request that never answers, retrying with backoff', async () => {
    const { fake, verdict } = run(() => 'hang', { timeoutMs: 1000, retries: 1, backoffMs: 400 });
    await vi.advanceTimersByTimeAsync(999);
    expect(fake.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1 + 200);
    expect(fake.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    const v = await verdict;
    expect(v.class).toBe('timeout');
    expect(v.requests.map((r) => [r.startedAt, r.error])).toEqual([[0, 'timeout'], [1200, 'timeout']]);
    expect(v.durationMs).toBe(2200);
  });

  it('cancels during a Retry-After wait', async () => {
    const controller = new AbortController();
    const fake = fakeFetch(() => respond(429, { 'retry-after': '5' }));
    const pending = checkUrl(`${A}page`, { fetch: fake.fetch, signal: controller.signal });
    const settled = expect(pending).rejects.toThrow(/stop/);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error('stop'));
    await settled;
    expect(fake.calls).toHaveLength(1);
  });
});

describe('checkUrl: bodies', () => {
  it('reads only the capped prefix of an endless body and cancels it', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = () => new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024;
        controller.enqueue(new TextEncoder().encode('<p>more</p>'.padEnd(1024, ' ')));
      },
      cancel() {
        cancelled = true;
      },
    });
    const { verdict } = run((m) => (m === 'HEAD' ? html(200, '') : new Response(endless(), { headers: { 'content-type': 'text/html' } })), { bodyPrefixBytes: 4096 });
    expect((await verdict).class).toBe('ok');
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThanOrEqual(4096 + 2 * 1024);
  });

  it('confirms a soft-404 with a random-path probe on the same host', async () => {
    const notFound = '<title>Page not found</title><h1>Page not found</h1>';
    const { fake, verdict } = run(() => html(200, notFound));
    const v = await verdict;
    expect(v.class).toBe('soft-404');
    const probe = fake.calls.at(-1)?.url ?? '';
    expect(probe).toMatch(/^https:\/\/a-example\.com\/[0-9a-z]{16}$/);
    expect(probe).not.toMatch(/linkscout/i);
    expect(v.requests).toHaveLength(3);
  });

  it('does not call it soft-404 when the probe gets a real 404', async () => {
    const notFound = '<title>404 errors explained</title>';
    const { verdict } = run((_m, url) => (url === `${A}page` ? html(200, notFound) : respond(404)));
    expect(await verdict).toMatchObject({ class: 'ok', reason: expect.stringMatching(/not confirmed \(a random path answers 404\)/) });
  });

  it('spots a parked domain', async () => {
    const { verdict } = run(() => html(200, '<title>a-example.com</title><h1>This domain is for sale</h1>'));
    expect((await verdict).class).toBe('parked');
  });

  it('spots a challenge on GET after HEAD 403', async () => {
    const { verdict } = run(() => html(403, '<title>Just a moment...</title>', { 'cf-mitigated': 'challenge', server: 'cloudflare' }));
    expect(await verdict).toMatchObject({ class: 'blocked', httpStatus: 403, reason: expect.stringMatching(/Cloudflare/) });
  });
});
