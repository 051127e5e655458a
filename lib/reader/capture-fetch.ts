/** The body of a page answer, kept whole (up to the cap) for parsing. */
export interface CapturedBody {
  url: string;
  status: number;
  contentType: string | null;
  xRobotsTag: string | null;
  bytes: Uint8Array;
  truncated: boolean;
}

const READABLE = /html|xml/i;

async function readUpTo(body: ReadableStream<Uint8Array>, cap: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total >= cap) {
      truncated = true;
      // Enough of an endless or huge body: stop the download. A failing cancel changes nothing here.
      void reader.cancel().catch(() => undefined);
      break;
    }
  }
  const bytes = new Uint8Array(Math.min(total, cap));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, truncated };
}

/** A response rebuilt from captured bytes, keeping what the checker reads from the original. */
function replay(original: Response, bytes: Uint8Array): Response {
  const copy = new Response(bytes.slice().buffer, { status: original.status, statusText: original.statusText, headers: original.headers });
  Object.defineProperties(copy, {
    url: { value: original.url },
    redirected: { value: original.redirected },
    type: { value: original.type },
  });
  return copy;
}

/**
 * Wraps the checker's `fetch` so the body of every 2xx GET that looks like HTML is read whole (up
 * to `capBytes`) and kept by URL, while the checker sees the same answer it would have seen. The
 * checker's time limit and cancel signal still govern the read, because it happens inside the
 * request the checker started.
 */
export function capturingFetch(inner: typeof fetch, capBytes: number, store: Map<string, CapturedBody>): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    const method = (init?.method ?? 'GET').toUpperCase();
    const contentType = response.headers.get('content-type');
    const page = method === 'GET' && response.ok && response.body !== null && (contentType === null || READABLE.test(contentType));
    if (!page || response.body === null) return response;
    const requested = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const { bytes, truncated } = await readUpTo(response.body, capBytes);
    const captured: CapturedBody = {
      url: response.url || requested, status: response.status, contentType, xRobotsTag: response.headers.get('x-robots-tag'), bytes, truncated,
    };
    store.set(requested, captured);
    if (response.url) store.set(response.url, captured);
    return replay(response, bytes);
  };
}
