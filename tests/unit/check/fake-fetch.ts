/** A scripted `fetch` for check tests: answers by method and URL, records every call. */
export type Answer = Response | Error | 'hang' | ((init: RequestInit) => Response | Error | 'hang');
export type Route = (method: string, url: string, call: number) => Answer;

export interface FakeCall {
  method: string;
  url: string;
  init: RequestInit;
}

export function fakeFetch(route: Route): { fetch: typeof fetch; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const counts = new Map<string, number>();
  const fetchImpl = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init.method ?? 'GET';
    const key = `${method} ${url}`;
    const call = (counts.get(key) ?? 0) + 1;
    counts.set(key, call);
    calls.push({ method, url, init });
    // As a real fetch: a request whose signal is already aborted is never sent, and fails at once.
    if (init.signal?.aborted) return Promise.reject(new DOMException('aborted', 'AbortError'));
    let answer = route(method, url, call);
    if (typeof answer === 'function') answer = answer(init);
    if (answer === 'hang') {
      return new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      });
    }
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { fetch: fetchImpl, calls };
}

export function respond(status: number, headers: Record<string, string> = {}, body: string | null = null): Response {
  if (status >= 200 && status <= 599) return new Response(status === 204 || status === 304 ? null : body, { status, headers });
  // The constructor refuses codes like LinkedIn's 999, which real servers do send.
  const response = new Response(body, { status: 200, headers });
  Object.defineProperty(response, 'status', { value: status });
  return response;
}

export const html = (status: number, body: string, headers: Record<string, string> = {}) =>
  respond(status, { 'content-type': 'text/html; charset=utf-8', ...headers }, body);

export const redirect = (status: number, location: string) => respond(status, { location });

/** What a browser gives for `redirect: 'manual'`: an opaque redirect with nothing readable. */
export function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(response, 'status', { value: 0 });
  return response;
}

/** A response as a followed fetch gives it: the final URL and the redirected flag. */
export function followed(response: Response, url: string): Response {
  Object.defineProperty(response, 'url', { value: url });
  Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

/** A Node/undici-style failure: TypeError("fetch failed") with the system error as its cause. */
export function undiciError(code: string): TypeError {
  const cause = Object.assign(new Error(code), { code });
  return new TypeError('fetch failed', { cause });
}
