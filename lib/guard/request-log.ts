/**
 * What the browser reported about this extension's own requests (`webRequest` events): where
 * each one was redirected and which IP address answered. The guarded fetch reads it to learn
 * where a request really went, hop by hop.
 */
export interface NetEvent {
  kind: 'redirect' | 'started' | 'completed' | 'error';
  method: string;
  url: string;
  /** The server address that answered, when the browser knows it. */
  ip?: string;
  redirectUrl?: string;
  /** The browser's error, e.g. "net::ERR_BLOCKED_BY_CLIENT". */
  error?: string;
  /** When it happened (ms since the epoch, the event's `timeStamp`). */
  at: number;
}

export interface Trace {
  /** Each server that answered along the way, in order: redirects, then the end. */
  answeredBy: { url: string; ip: string }[];
  /** How the chain ended, or null while it is still under way. */
  end: { kind: 'answered' | 'blocked' | 'failed'; url: string; error?: string } | null;
}

const KEEP_MS = 120_000;
const MAX_HOPS = 30;

export class RequestLog {
  private events: NetEvent[] = [];
  private readonly listeners = new Set<() => void>();

  record(event: NetEvent): void {
    const horizon = event.at - KEEP_MS;
    if (this.events.length > 500) this.events = this.events.filter((e) => e.at >= horizon);
    this.events.push(event);
    for (const listener of [...this.listeners]) listener();
  }

  private first(method: string, url: string, since: number, kinds: NetEvent['kind'][]): NetEvent | undefined {
    return this.events.find((e) => e.at >= since && e.method === method && e.url === url && kinds.includes(e.kind));
  }

  /** Follows a request from `url` through its redirects, as far as the browser has reported. */
  trace(method: string, url: string, since: number): Trace {
    const answeredBy: Trace['answeredBy'] = [];
    let current = url;
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const redirect = this.first(method, current, since, ['redirect']);
      const ended = this.first(method, current, since, ['started', 'completed', 'error']);
      if (redirect && (!ended || redirect.at <= ended.at) && redirect.redirectUrl) {
        if (redirect.ip) answeredBy.push({ url: current, ip: redirect.ip });
        // `redirect: 'manual'` ends here: the browser reports the redirect, then aborts the request.
        if (ended?.kind === 'error') return { answeredBy, end: { kind: 'answered', url: current } };
        since = redirect.at;
        current = redirect.redirectUrl;
        continue;
      }
      if (!ended) return { answeredBy, end: null };
      if (ended.ip) answeredBy.push({ url: current, ip: ended.ip });
      if (ended.kind !== 'error') return { answeredBy, end: { kind: 'answered', url: current } };
      const blocked = ended.error === 'net::ERR_BLOCKED_BY_CLIENT';
      return { answeredBy, end: { kind: blocked ? 'blocked' : 'failed', url: current, error: ended.error } };
    }
    return { answeredBy, end: { kind: 'failed', url: current, error: 'too many redirects' } };
  }

  /** Resolves with the trace once it has ended, or as it stands after `timeoutMs`. */
  settled(method: string, url: string, since: number, timeoutMs: number, signal?: AbortSignal): Promise<Trace> {
    return new Promise((resolve, reject) => {
      const finish = (trace: Trace) => {
        this.listeners.delete(check);
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(trace);
      };
      const check = () => {
        const trace = this.trace(method, url, since);
        if (trace.end) finish(trace);
      };
      const onAbort = () => {
        this.listeners.delete(check);
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => finish(this.trace(method, url, since)), timeoutMs);
      this.listeners.add(check);
      signal?.addEventListener('abort', onAbort, { once: true });
      check();
    });
  }
}
