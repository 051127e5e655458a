import { describe, expect, it } from 'vitest';
import { startFirefoxGuard, type FirefoxApis } from '@/lib/guard/firefox-guard';

type Listener = Parameters<FirefoxApis['webRequest']['onBeforeRequest']['addListener']>[0];

/** Fake Firefox APIs: a DNS table and the listeners the guard registers. */
function fakeFirefox(dns: Record<string, string[]>) {
  const listeners = new Map<string, { listener: Listener; extra?: string[] }>();
  const event = (name: string) => ({ addListener: (listener: Listener, _filter: unknown, extra?: string[]) => void listeners.set(name, { listener, extra }) });
  const apis: FirefoxApis = {
    dns: { resolve: async (host) => ({ addresses: dns[host] ?? [] }) },
    webRequest: {
      onBeforeRequest: event('onBeforeRequest'), onBeforeRedirect: event('onBeforeRedirect'), onResponseStarted: event('onResponseStarted'),
      onCompleted: event('onCompleted'), onErrorOccurred: event('onErrorOccurred'),
    },
  };
  const before = async (url: string, originUrl = 'moz-extension://ours/background.html') =>
    (await listeners.get('onBeforeRequest')?.listener({ url, method: 'HEAD', originUrl, timeStamp: 1 })) as { cancel?: boolean };
  return { apis, listeners, before };
}

describe('Firefox network guard', () => {
  const dns = { 'evil.example.com': ['127.0.0.1'], 'ok.example.com': ['93.184.216.34'], 'mixed.example.com': ['93.184.216.34', '10.0.0.8'] };

  it('cancels, before sending, every request of ours that resolves or points into a private network', async () => {
    const ff = fakeFirefox(dns);
    const guard = startFirefoxGuard(ff.apis, 'moz-extension://ours');
    expect(ff.listeners.get('onBeforeRequest')?.extra).toEqual(['blocking']);
    expect(await ff.before('https://evil.example.com/')).toEqual({ cancel: true });
    expect(await ff.before('https://mixed.example.com/')).toEqual({ cancel: true });
    expect(await ff.before('http://192.168.1.1/cgi-bin/admin')).toEqual({ cancel: true });
    expect(await ff.before('http://printer.local/')).toEqual({ cancel: true });
    expect(await ff.before('https://ok.example.com/')).toEqual({ cancel: false });
    // The guarded fetch learns why its request failed.
    expect(guard.log.trace('HEAD', 'https://evil.example.com/', 0).end).toMatchObject({ kind: 'blocked' });
  });

  it('leaves other extensions\' and pages\' requests alone', async () => {
    const ff = fakeFirefox(dns);
    startFirefoxGuard(ff.apis, 'moz-extension://ours');
    expect(await ff.before('https://evil.example.com/', 'https://some.site/')).toEqual({});
  });

  it('lets a check allowed to reach private hosts through while it runs, and only then', async () => {
    const ff = fakeFirefox(dns);
    const guard = startFirefoxGuard(ff.apis, 'moz-extension://ours');
    const restore = await guard.allowHost('*');
    expect(await ff.before('http://10.0.0.5/wiki')).toEqual({});
    await restore();
    expect(await ff.before('http://10.0.0.5/wiki')).toEqual({ cancel: true });
    expect(await guard.resolve('ok.example.com')).toEqual(['93.184.216.34']);
  });
});
