// Chrome's service worker parses pages in the offscreen document. When nothing is listening there
// yet (a document still loading, or one Chrome ended), the parse is sent again, not failed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scanHtml } from '@/lib/reader/scan-html';

const calls = { create: 0, send: 0 };
let failures: string[] = [];
let contexts = 0;
let staleLookup = false;
const RealDOMParser = DOMParser;

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      getURL: (path: string) => `chrome-extension://id${path}`,
      getContexts: async () => Array.from({ length: staleLookup ? 0 : contexts }, () => ({})),
      sendMessage: async (request: { html: string; url: string }) => {
        calls.send += 1;
        const failure = failures.shift();
        if (failure) throw new Error(failure);
        return { ok: true, ...scanHtml(request.html, request.url, {}, new RealDOMParser()) };
      },
    },
    offscreen: {
      createDocument: async () => {
        calls.create += 1;
        if (contexts > 0) throw new Error('Only a single offscreen document may be created.');
        contexts = 1;
      },
    },
  },
}));

const { pageParser } = await import('@/lib/jobs/parse-host');
const HTML = '<a href="https://other-example.com/x">x</a>';
const URL_ = 'https://blog-example.com/post';

beforeEach(() => {
  calls.create = 0;
  calls.send = 0;
  failures = [];
  contexts = 0;
  staleLookup = false;
  vi.stubGlobal('DOMParser', undefined);
});
afterEach(() => vi.unstubAllGlobals());

describe('parsing in the offscreen document', () => {
  it('creates the document once and parses there', async () => {
    const parse = pageParser();
    const { scan } = await parse(HTML, URL_, {});
    expect(scan.links.map((l) => l.url)).toEqual(['https://other-example.com/x']);
    await parse(HTML, URL_, {});
    expect(calls).toEqual({ create: 1, send: 2 });
  });

  it('sends again when no one was listening, re-creating a document that went away', async () => {
    failures = ['Could not establish connection. Receiving end does not exist.'];
    const parse = pageParser();
    await parse(HTML, URL_, {});
    contexts = 0; // Chrome ended the document
    failures = ['Could not establish connection. Receiving end does not exist.'];
    const { scan } = await parse(HTML, URL_, {});
    expect(scan.links).toHaveLength(1);
    expect(calls.send).toBe(4);
    expect(calls.create).toBe(2);
  });

  it('gives up after a few tries, and does not retry other errors', async () => {
    failures = Array.from({ length: 10 }, () => 'Receiving end does not exist.');
    await expect(pageParser()(HTML, URL_, {})).rejects.toThrow(/Receiving end/);
    expect(calls.send).toBe(4);
    failures = ['Message length exceeded maximum allowed length.'];
    calls.send = 0;
    await expect(pageParser()(HTML, URL_, {})).rejects.toThrow(/length exceeded/);
    expect(calls.send).toBe(1);
  });

  it('takes a document another caller created between the look-up and the creation', async () => {
    contexts = 1;
    staleLookup = true;
    await expect(pageParser()(HTML, URL_, {})).resolves.toMatchObject({ scan: { links: [{ url: 'https://other-example.com/x' }] } });
  });
});
