import { EVIDENCE_HEADERS } from '@/lib/check/challenge';
import { networkErrorKind } from '@/lib/check/network-error';
import type { CheckOptions, ResolvedDeps } from '@/lib/check/options';
import type { NetworkErrorKind, RequestEvidence } from '@/lib/check/types';

export interface FetchRequest {
  method: 'HEAD' | 'GET';
  url: string;
  redirect: 'manual' | 'follow';
  readBody: boolean;
}

export interface FetchOutcome {
  evidence: RequestEvidence;
  status: number | null;
  headers: Record<string, string>;
  body: string | null;
  error: NetworkErrorKind | null;
  /** The URL the response came from (differs from the request after a followed redirect). */
  responseUrl: string | null;
  redirected: boolean;
  /** A browser's answer to `redirect: 'manual'`: status 0, no Location, nothing readable. */
  opaque: boolean;
}

function pickHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of EVIDENCE_HEADERS) {
    const value = headers.get(name);
    if (value !== null) kept[name] = value;
  }
  return kept;
}

/**
 * Reads at most `cap` bytes, then cancels the stream: a never-ending body costs `cap` bytes.
 * A stream that breaks midway (timeout, reset) still yields what arrived.
 */
async function readPrefix(body: ReadableStream<Uint8Array>, cap: number): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  try {
    while (total < cap) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        break;
      }
      chunks.push(value);
      total += value.byteLength;
    }
  } catch {
    finished = true; // the stream failed midway (timeout or reset): keep what arrived
  }
  if (!finished) void reader.cancel().catch(() => undefined); // cancelling an aborted stream may reject; nothing to do
  const bytes = new Uint8Array(Math.min(total, cap));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.length;
  }
  return new TextDecoder().decode(bytes);
}

/** One HTTP request with a time limit, no cookies and no cache; never throws except on cancel. */
export async function fetchOnce(req: FetchRequest, deps: ResolvedDeps, options: CheckOptions): Promise<FetchOutcome> {
  const release = deps.gate ? await deps.gate(req.url, deps.signal) : undefined;
  const controller = new AbortController();
  const stopTimer = new AbortController();
  const onCancel = () => controller.abort(deps.signal?.reason);
  deps.signal?.addEventListener('abort', onCancel, { once: true });
  let timedOut = false;
  deps.sleep(options.timeoutMs, stopTimer.signal).then(
    () => {
      timedOut = true;
      controller.abort(new Error('time limit reached'));
    },
    () => undefined, // the timer was stopped because the request ended first
  );
  const startedAt = deps.now();
  const done = ({ detail, ...fields }: Omit<FetchOutcome, 'evidence'> & { detail?: string }): FetchOutcome => ({
    ...fields,
    evidence: {
      method: req.method, url: req.url, status: fields.status, headers: fields.headers, startedAt,
      error: fields.opaque ? 'opaque-redirect' : detail ? `${fields.error}: ${detail}` : fields.error,
      durationMs: Math.max(0, deps.now() - startedAt),
    },
  });
  try {
    const response = await deps.fetch(req.url, {
      method: req.method, redirect: req.redirect, credentials: 'omit', cache: 'no-store', signal: controller.signal,
    });
    const opaque = response.type === 'opaqueredirect';
    const status = opaque ? null : response.status;
    const isRedirect = status !== null && status >= 300 && status < 400;
    const body = req.readBody && !opaque && !isRedirect && response.body
      ? await readPrefix(response.body, options.bodyPrefixBytes)
      : null;
    deps.signal?.throwIfAborted();
    if (body === null) void response.body?.cancel().catch(() => undefined); // frees the connection; a failed cancel changes nothing
    return done({
      status, headers: pickHeaders(response.headers), body, error: null, opaque,
      responseUrl: response.url || null, redirected: response.redirected,
    });
  } catch (error) {
    if (deps.signal?.aborted) throw deps.signal.reason;
    const kind: NetworkErrorKind = timedOut ? 'timeout' : networkErrorKind(error);
    // The network guard says where the request was stopped; the evidence keeps its words.
    const detail = kind === 'private' && error instanceof Error ? error.message : undefined;
    return done({ status: null, headers: {}, body: null, error: kind, opaque: false, responseUrl: null, redirected: false, detail });
  } finally {
    stopTimer.abort();
    controller.abort(); // ends any body still streaming (an endless one, or one not read)
    deps.signal?.removeEventListener('abort', onCancel);
    release?.();
  }
}
