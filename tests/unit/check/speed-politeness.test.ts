// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAll } from '@/lib/check/check-batch';
import { checkUrl } from '@/lib/check/check-url';
import { HostQueue } from '@/lib/check/host-queue';
import type { CheckOptions } from '@/lib/check/options';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { fakeFetch, html, opaqueRedirect, respond, type Route } from './fake-fetch';

const plain = () => respond(200, { 'content-type': 'text/plain' });
const A = 'https://a-example.com/page';

function one(route: Route, options: Partial<CheckOptions> = {}) {
  const fake = fakeFetch(route);
  return { fake, verdict: checkUrl(A, { fetch: fake.fetch, random: () => 0 }, options) };
}

describe('speed with politeness', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tries a timeout once more only within the per-URL budget, with what is left of it', async () => {
    const { fake, verdict } = one(() => 'hang', { timeoutMs: 10_000, urlBudgetMs: 15_000, backoffMs: 400 });
    await vi.runAllTimersAsync();
    const v = await verdict;
    expect(v.class).toBe('timeout');
    // 10 s, a 200 ms backoff, then the 4.8 s left of the 15 s budget.
    expect(v.requests.map((r) => [r.startedAt, r.durationMs])).toEqual([[0, 10_000], [10_200, 4_800]]);
    expect(fake.calls).toHaveLength(2);
  });

  it('does not retry a timeout when the budget has no room for it, nor after an earlier interrupted attempt', async () => {
    const tight = one(() => 'hang', { timeoutMs: 10_000, urlBudgetMs: 11_000 });
    await vi.runAllTimersAsync();
    expect((await tight.verdict).requests).toHaveLength(1);
    const resumed = one(() => 'hang', { timeoutMs: 10_000, urlBudgetMs: 60_000, priorAttempts: 1 });
    await vi.runAllTimersAsync();
    expect((await resumed.verdict).requests).toHaveLength(1);
  });

  it('persisted attempts shorten the retries left for a 5xx', async () => {
    const fresh = one(() => respond(500), { retries: 2 });
    await vi.runAllTimersAsync();
    expect((await fresh.verdict).requests.filter((r) => r.method === 'GET')).toHaveLength(3);
    const resumed = one(() => respond(500), { retries: 2, priorAttempts: 2 });
    await vi.runAllTimersAsync();
    expect((await resumed.verdict).requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  it('decays a host\'s slow-down back to the configured pace once it answers normally', () => {
    const queue = new HostQueue({ perHost: 2, gapMs: 100 });
    queue.slowDown('a-example.com', 2000);
    expect(queue.settings('a-example.com')).toMatchObject({ limit: 1, gapMs: 1000 });
    const gaps: number[] = [];
    for (let i = 0; i < 5; i++) {
      queue.answered('a-example.com');
      gaps.push(queue.settings('a-example.com').gapMs);
    }
    expect(gaps).toEqual([500, 250, 125, 100, 100]);
    expect(queue.settings('a-example.com').limit).toBe(2);
    expect(queue.settings('b-example.com')).toMatchObject({ limit: 2, gapMs: 100, pausedUntil: 0 });
  });

  it('keeps other hosts going while one waits out its Retry-After', async () => {
    const fake = fakeFetch((_m, url, call) => (url.includes('slow-example.com') && call === 1 ? respond(429, { 'retry-after': '5' }) : plain()));
    const urls = ['https://slow-example.com/1', ...Array.from({ length: 4 }, (_, i) => `https://h${i}-example.com/`)];
    const done = checkAll(urls, { fetch: fake.fetch, random: () => 0 }, { queue: { gapMs: 0 } }, () => undefined);
    await vi.advanceTimersByTimeAsync(10);
    expect(fake.calls.filter((c) => !c.url.includes('slow-example.com'))).toHaveLength(4);
    await vi.runAllTimersAsync();
    const slow = (await done).find((v) => v.url.includes('slow-example.com'));
    expect(slow?.requests.map((r) => [r.status, r.startedAt])).toEqual([[429, 0], [200, 5000]]);
  });

  it('does not wait a full time limit for every link of a host that never answers', async () => {
    const fake = fakeFetch((_m, url) => (url.includes('hang-example.com') ? 'hang' : plain()));
    const urls = Array.from({ length: 8 }, (_, i) => `https://hang-example.com/${i}`);
    const done = checkAll(urls, { fetch: fake.fetch, random: () => 0 }, { queue: { gapMs: 0 }, check: { timeoutMs: 5000, urlBudgetMs: 5000 } }, () => undefined);
    await vi.runAllTimersAsync();
    const verdicts = await done;
    expect(verdicts.map((v) => v.class)).toEqual(Array(8).fill('timeout'));
    // The two allowed at once (and at most one that started as the first of them ended); the rest
    // are told why they were not requested, instead of four more rounds of 5 s.
    expect(fake.calls.length).toBeLessThanOrEqual(3);
    const unrequested = verdicts.filter((v) => v.requests.length === 0);
    expect(unrequested.length).toBeGreaterThanOrEqual(5);
    expect(unrequested.every((v) => /not requested: its host let two other requests time out/.test(v.reason))).toBe(true);
    expect(Math.max(...verdicts.map((v) => v.checkedAt))).toBeLessThanOrEqual(10_000);
  });

  it('checks links in page order, so the first rows get their verdicts first', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `https://h${i % 3}-example.com/${i}`);
    const fake = fakeFetch(plain);
    const order: string[] = [];
    const done = checkAll(urls, { fetch: fake.fetch }, { queue: { gapMs: 100, perHost: 1, globalLimit: 2 } }, (v) => order.push(v.url));
    await vi.runAllTimersAsync();
    await done;
    expect(order).toEqual(urls);
  });

  it('stops an opaque redirect the browser could not follow at once: no retry, no GET', async () => {
    const { fake, verdict } = one(() => (init) => (init.redirect === 'manual' ? opaqueRedirect() : new TypeError('Failed to fetch')));
    await vi.runAllTimersAsync();
    const v = await verdict;
    expect(v.class).toBe('broken');
    expect(v.reason).toMatch(/browser could not follow the redirects/);
    expect(fake.calls.map((c) => `${c.method} ${c.init.redirect}`)).toEqual(['HEAD manual', 'HEAD follow']);
  });
});

describe('evidence true to what happened', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists every request: a 429 and the 200 after it, and the soft-404 probe with its answer', async () => {
    const notFound = '<html><head><title>Page not found</title></head><body>Sorry, this page does not exist.</body></html>';
    const { verdict } = one((method, url, call) => {
      if (method === 'HEAD') return call === 1 ? respond(429, { 'retry-after': '1' }) : html(200, '');
      return html(200, notFound);
    });
    await vi.runAllTimersAsync();
    const v: LinkVerdict = await verdict;
    expect(v.class).toBe('soft-404');
    expect(v.requests.map((r) => `${r.method} ${r.status} ${new URL(r.url).pathname.startsWith('/page') ? 'page' : 'probe'}`))
      .toEqual(['HEAD 429 page', 'HEAD 200 page', 'GET 200 page', 'GET 200 probe']);
  });

  it('follows a meta refresh in the bytes read as a hop, and shows it', async () => {
    const { verdict } = one((_m, url) => (url === A
      ? html(200, '<html><head><meta http-equiv="Refresh" content="0; URL=\'/moved\'"></head></html>')
      : html(200, '<title>Moved here</title><p>The article.</p>')));
    const v = await verdict;
    expect(v.class).toBe('ok');
    expect(v.hops).toEqual([{ from: A, to: 'https://a-example.com/moved', status: 200, via: 'meta-refresh' }]);
    expect(v.finalUrl).toBe('https://a-example.com/moved');
  });

  it('catches a meta-refresh loop at the first repeated URL', async () => {
    const { fake, verdict } = one((_m, url) => html(200, `<meta http-equiv="refresh" content="0;url=${url.endsWith('/b') ? '/page' : '/b'}">`));
    const v = await verdict;
    expect(v).toMatchObject({ class: 'broken', reason: expect.stringMatching(/redirect loop/) });
    expect(fake.calls.filter((c) => c.method === 'GET')).toHaveLength(2);
  });
});
