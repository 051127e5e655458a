// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAll, type NetworkState } from '@/lib/check/check-batch';
import { isNetworkFailure } from '@/lib/check/network-watch';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { fakeFetch, respond, type Route } from './fake-fetch';

const plain = () => respond(200, { 'content-type': 'text/plain' });
const refused = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
const failedToFetch = () => new TypeError('Failed to fetch');

/** A switchable connection, as `navigator.onLine` and its events give it. */
function connection(initial = true) {
  let online = initial;
  const listeners = new Set<() => void>();
  return {
    status: { isOnline: () => online, onChange: (l: () => void) => (listeners.add(l), () => listeners.delete(l)) },
    set(value: boolean) {
      online = value;
      listeners.forEach((l) => l());
    },
  };
}

function start(urls: string[], route: Route, net = connection(), gapMs = 0) {
  const fake = fakeFetch(route);
  const seen: LinkVerdict[] = [];
  const states: NetworkState[] = [];
  const done = checkAll(urls, { fetch: fake.fetch, random: () => 0 }, { queue: { gapMs }, network: net.status, onNetwork: (s) => states.push(s) }, (v) => seen.push(v));
  return { fake, seen, states, done, net };
}

const hosts = (n: number, path = '/') => Array.from({ length: n }, (_, i) => `https://h${i}-example.com${path}`);

describe('checkAll when the user\'s network fails', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pauses instead of calling links broken when failures hit many hosts with no answer, and finishes once the network is back', async () => {
    let down = true;
    const run = start(hosts(6), () => (down ? refused() : plain()));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(run.seen).toEqual([]);
    expect(run.states.at(-1)).toEqual({ paused: 'network', pending: 6 });
    down = false;
    await vi.runAllTimersAsync();
    const verdicts = await run.done;
    expect(verdicts.map((v) => v.class)).toEqual(Array(6).fill('ok'));
    expect(run.states.at(-1)?.paused).toBeNull();
  });

  it('pauses at once when the browser goes offline, requests nothing while offline, and resumes on the online event', async () => {
    const net = connection();
    let offline = false;
    // A second between requests to a host: the /b links are still waiting when the browser goes offline.
    const run = start(hosts(4, '/a').concat(hosts(4, '/b')), () => (offline ? failedToFetch() : plain()), net, 1000);
    await vi.advanceTimersByTimeAsync(0);
    expect(run.seen).toHaveLength(4);
    offline = true;
    net.set(false);
    const callsWhenOffline = run.fake.calls.length;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(run.fake.calls.length).toBe(callsWhenOffline);
    expect(run.seen.some((v) => v.class === 'broken')).toBe(false);
    expect(run.states.at(-1)?.paused).toBe('offline');
    offline = false;
    net.set(true);
    await vi.runAllTimersAsync();
    expect((await run.done).every((v) => v.class === 'ok')).toBe(true);
  });

  it('still calls a single dead host broken while other hosts answer', async () => {
    const run = start(['https://dead-example.com/', ...hosts(3)], (_m, url) => (url.includes('dead') ? refused() : plain()));
    await vi.runAllTimersAsync();
    const verdicts = await run.done;
    expect(verdicts.find((v) => v.url.includes('dead'))).toMatchObject({ class: 'broken', reason: expect.stringMatching(/refused/) });
    expect(run.states).toEqual([]);
  });

  it('calls two dead hosts broken when nothing else is on the page to answer (too few to blame the network)', async () => {
    const run = start(hosts(2), () => refused());
    await vi.runAllTimersAsync();
    expect((await run.done).map((v) => v.class)).toEqual(['broken', 'broken']);
  });

  it('says "blocked by your browser" for a request the browser blocked, without a retry and without pausing', async () => {
    const blocked = () => new TypeError('net::ERR_BLOCKED_BY_CLIENT');
    const run = start(hosts(4), (_m, url) => (url.includes('h0') ? blocked() : plain()));
    await vi.runAllTimersAsync();
    const v = (await run.done).find((x) => x.url.includes('h0'));
    expect(v).toMatchObject({ class: 'blocked', reason: expect.stringMatching(/^blocked by your browser/) });
    expect(run.fake.calls.filter((c) => c.url.includes('h0'))).toHaveLength(1);
    expect(v && isNetworkFailure(v)).toBe(false);
  });
});
