import { describe, expect, it, vi } from 'vitest';
import { guardedFetch, type GuardDeps } from '@/lib/guard/guarded-fetch';
import { RequestLog, type NetEvent } from '@/lib/guard/request-log';

const NOW = 1_000;
const event = (e: Partial<NetEvent> & Pick<NetEvent, 'kind' | 'url'>): NetEvent => ({ method: 'HEAD', at: NOW + 1, ...e });

/** A fetch that answers 200 and has the "browser" report the given events as it answers. */
function setup(events: NetEvent[], options: { fail?: boolean } = {}) {
  const log = new RequestLog();
  let cancelled = false;
  const fetch = vi.fn(async () => {
    setTimeout(() => events.forEach((e) => log.record(e)), 1);
    if (options.fail) throw new TypeError('Failed to fetch');
    return new Response(new ReadableStream({ cancel: () => void (cancelled = true) }), { status: 200 });
  });
  const allowHost = vi.fn(async () => async () => undefined);
  const deps: GuardDeps = { fetch, log, allowHost, now: () => NOW, confirmWithinMs: 200 };
  return { deps, fetch, allowHost, wasCancelled: () => cancelled };
}

describe('guardedFetch', () => {
  it('returns an answer that came from a public address', async () => {
    const { deps } = setup([event({ kind: 'started', url: 'https://a.example.com/', ip: '93.184.216.34' })]);
    const response = await guardedFetch(deps, false)('https://a.example.com/', { method: 'HEAD' });
    expect(response.status).toBe(200);
  });

  it('discards, unread, an answer from a private address a public name resolved to', async () => {
    const { deps, wasCancelled } = setup([event({ kind: 'started', url: 'https://evil.example.com/', ip: '127.0.0.1' })]);
    await expect(guardedFetch(deps, false)('https://evil.example.com/', { method: 'HEAD' })).rejects.toMatchObject({
      name: 'PrivateNetworkError', message: expect.stringMatching(/answered from 127\.0\.0\.1, a loopback address/),
    });
    expect(wasCancelled()).toBe(true);
  });

  it('follows the redirects the browser reported and stops at a hop answered privately', async () => {
    const { deps } = setup([
      event({ kind: 'redirect', url: 'https://a.example.com/', ip: '93.184.216.34', redirectUrl: 'https://b.example.com/' }),
      event({ kind: 'redirect', url: 'https://b.example.com/', ip: '10.0.0.1', redirectUrl: 'https://c.example.com/', at: NOW + 2 }),
      event({ kind: 'started', url: 'https://c.example.com/', ip: '93.184.216.35', at: NOW + 3 }),
    ]);
    await expect(guardedFetch(deps, false)('https://a.example.com/', { method: 'HEAD' })).rejects.toThrow(/b\.example\.com\/ was answered from 10\.0\.0\.1/);
  });

  it('says a request failed because the network layer blocked a hop into a private network', async () => {
    const { deps } = setup([
      event({ kind: 'redirect', url: 'https://a.example.com/', ip: '93.184.216.34', redirectUrl: 'http://192.168.1.1/cgi-bin/admin' }),
      event({ kind: 'error', url: 'http://192.168.1.1/cgi-bin/admin', error: 'net::ERR_BLOCKED_BY_CLIENT', at: NOW + 2 }),
    ], { fail: true });
    await expect(guardedFetch(deps, false)('https://a.example.com/', { method: 'HEAD' })).rejects.toThrow(/192\.168\.1\.1\/cgi-bin\/admin is in a private network: blocked/);
  });

  it('keeps an ordinary network failure as it was', async () => {
    const { deps } = setup([event({ kind: 'error', url: 'https://a.example.com/', error: 'net::ERR_NAME_NOT_RESOLVED' })], { fail: true });
    await expect(guardedFetch(deps, false)('https://a.example.com/', { method: 'HEAD' })).rejects.toThrow(TypeError);
  });

  it('refuses an answer the browser never accounted for', async () => {
    const { deps } = setup([]);
    await expect(guardedFetch(deps, false)('https://a.example.com/', { method: 'HEAD' })).rejects.toThrow(/did not say which address answered/);
  });

  it('resolves names first where the browser can, and requests nothing that resolves privately', async () => {
    const { deps, fetch } = setup([]);
    const resolve = vi.fn(async () => ['192.168.0.7']);
    await expect(guardedFetch({ ...deps, resolve }, false)('https://evil.example.com/', { method: 'HEAD' })).rejects.toThrow(/resolves to 192\.168\.0\.7/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('lifts the network block only while a page allowed to reach private hosts is requesting', async () => {
    const { deps, allowHost } = setup([]);
    const response = await guardedFetch(deps, true)('http://10.0.0.5/wiki', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(allowHost).toHaveBeenCalledWith('*');
  });
});
