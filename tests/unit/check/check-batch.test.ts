// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAll } from '@/lib/check/check-batch';
import { HostQueue } from '@/lib/check/host-queue';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { fakeFetch, respond } from './fake-fetch';

const plain = () => respond(200, { 'content-type': 'text/plain' });

describe('checkAll', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks each distinct URL once and reports every verdict', async () => {
    const fake = fakeFetch(plain);
    const seen: LinkVerdict[] = [];
    const urls = ['https://a-example.com/x', 'https://a-example.com/x#top', 'https://A-example.com/x', 'https://b-example.com/', 'javascript:void(0)', 'nonsense'];
    const pending = checkAll(urls, { fetch: fake.fetch }, { queue: { gapMs: 0 } }, (v) => seen.push(v));
    await vi.runAllTimersAsync();
    const verdicts = await pending;
    expect(verdicts).toEqual(seen);
    expect(verdicts.map((v) => [v.url, v.class]).sort()).toEqual([
      ['https://a-example.com/x', 'ok'],
      ['https://b-example.com/', 'ok'],
      ['javascript:void(0)', 'skipped'],
      ['nonsense', 'skipped'],
    ]);
    expect(fake.calls.map((c) => c.url).sort()).toEqual(['https://a-example.com/x', 'https://b-example.com/']);
  });

  it('slows a host down for its queued links when it answers 429', async () => {
    const fake = fakeFetch((_m, url, call) => (url.endsWith('/first') && call === 1 ? respond(429, { 'retry-after': '3' }) : plain()));
    const queue = new HostQueue({ perHost: 2, gapMs: 10 });
    const urls = ['https://a-example.com/first', 'https://a-example.com/second', 'https://a-example.com/third', 'https://b-example.com/other'];
    const pending = checkAll(urls, { fetch: fake.fetch, random: () => 0 }, { queue }, () => undefined);
    await vi.runAllTimersAsync();
    const verdicts = await pending;
    expect(verdicts.every((v) => v.class === 'ok')).toBe(true);
    // Each ordinary answer since the 429 halved the gap (1000 → 500 → 250 → 125): the slow-down decays.
    expect(queue.settings('a-example.com')).toMatchObject({ limit: 1, gapMs: 125, pausedUntil: 3000 });
    expect(queue.settings('b-example.com').limit).toBe(2);
    const startsOnA = verdicts.filter((v) => v.url.includes('a-example.com')).flatMap((v) => v.requests.map((r) => r.startedAt)).sort((x, y) => x - y);
    // The 429 came back before the second link's turn: every later request on a-example.com (the retry
    // and the two queued links) waited for Retry-After, then went one at a time, the gap shrinking.
    expect(startsOnA).toEqual([0, 3000, 4000, 4500]);
    const startsOnB = verdicts.filter((v) => v.url.includes('b-example.com')).flatMap((v) => v.requests.map((r) => r.startedAt));
    expect(startsOnB).toEqual([0]);
  });

  it('stops on cancel: nothing new starts and no verdict arrives afterwards', async () => {
    const fake = fakeFetch(() => 'hang');
    const controller = new AbortController();
    const seen: LinkVerdict[] = [];
    const urls = Array.from({ length: 10 }, (_, i) => `https://a-example.com/${i}`);
    const pending = checkAll(urls, { fetch: fake.fetch }, { signal: controller.signal, queue: { gapMs: 0 } }, (v) => seen.push(v));
    await vi.advanceTimersByTimeAsync(100);
    expect(fake.calls).toHaveLength(2);
    controller.abort();
    await vi.runAllTimersAsync();
    expect(await pending).toEqual([]);
    expect(seen).toEqual([]);
    expect(fake.calls).toHaveLength(2);
  });
});
