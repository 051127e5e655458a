import type { NetworkStatus } from '@/lib/check/network-watch';

/**
 * The browser's own view of the connection, as the checker takes it: `navigator.onLine` and the
 * `online` / `offline` events of the worker (or background page).
 */
export function browserNetwork(scope: Pick<typeof globalThis, 'addEventListener' | 'removeEventListener'> = globalThis): NetworkStatus {
  return {
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
    onChange: (listener) => {
      scope.addEventListener('online', listener);
      scope.addEventListener('offline', listener);
      return () => {
        scope.removeEventListener('online', listener);
        scope.removeEventListener('offline', listener);
      };
    },
  };
}
