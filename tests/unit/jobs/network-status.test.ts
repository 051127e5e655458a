import { describe, expect, it } from 'vitest';
import { browserNetwork } from '@/lib/jobs/network-status';

describe('browserNetwork', () => {
  it('tells the checker about online and offline events until unsubscribed', () => {
    const scope = new EventTarget();
    const status = browserNetwork(scope as unknown as Pick<typeof globalThis, 'addEventListener' | 'removeEventListener'>);
    expect(typeof status.isOnline()).toBe('boolean');
    let calls = 0;
    const stop = status.onChange?.(() => calls++);
    scope.dispatchEvent(new Event('offline'));
    scope.dispatchEvent(new Event('online'));
    stop?.();
    scope.dispatchEvent(new Event('offline'));
    expect(calls).toBe(2);
  });
});
