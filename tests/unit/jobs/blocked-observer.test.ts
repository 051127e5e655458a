// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { networkErrorKind } from '@/lib/check/network-error';
import { observeBlocked, type ErrorEvents } from '@/lib/jobs/blocked-observer';

function fakeEvents() {
  let listener: ((d: { url: string; error: string; tabId: number }) => void) | null = null;
  const events: ErrorEvents = { onErrorOccurred: { addListener: (l) => (listener = l) } };
  return { events, fire: (url: string, error: string, tabId = -1) => listener?.({ url, error, tabId }) };
}

const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
const noWait = () => Promise.resolve();

describe('observeBlocked', () => {
  it('names a request the browser reported as blocked by the client, even when the event comes after the failure', async () => {
    const { events, fire } = fakeEvents();
    const wrapped = observeBlocked(failing, events, async () => fire('https://ads.example/x', 'net::ERR_BLOCKED_BY_CLIENT'));
    const error: unknown = await wrapped('https://ads.example/x').catch((e: unknown) => e);
    expect(networkErrorKind(error)).toBe('blocked-by-client');
  });

  it('leaves other failures as they were, and tab requests and other errors out', async () => {
    const { events, fire } = fakeEvents();
    const wrapped = observeBlocked(failing, events, noWait);
    fire('https://a.example/', 'net::ERR_NAME_NOT_RESOLVED');
    fire('https://b.example/', 'net::ERR_BLOCKED_BY_CLIENT', 7);
    for (const url of ['https://a.example/', 'https://b.example/', 'https://c.example/']) {
      expect(networkErrorKind(await wrapped(url).catch((e: unknown) => e))).toBe('network');
    }
  });

  it('is the plain fetch without the webRequest permission', () => {
    expect(observeBlocked(failing, undefined)).toBe(failing);
  });
});
