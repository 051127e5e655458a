import { describe, expect, it } from 'vitest';
import { dispatch, fromExtensionPage, type Handlers } from '@/lib/messages';

const ME = { id: 'ours', origin: 'chrome-extension://ours' };
const POPUP = { id: 'ours', url: 'chrome-extension://ours/popup.html?tab=3' };

const handlers: Handlers = {
  'check-links': async (req) => ({ jobId: `job-for-${req.urls.length}` }),
  'cancel-check': async () => {
    throw new Error('no such job');
  },
  'resume-checks': async () => ({ resumed: true }),
  'resume-reads': async () => ({ resumed: false }),
};

describe('dispatch', () => {
  it('runs the handler of a valid message and wraps its answer', async () => {
    await expect(dispatch({ type: 'check-links', tabId: 1, pageUrl: 'https://a.org/', urls: ['https://b.org/'] }, handlers, POPUP, ME)).resolves.toEqual({ ok: true, value: { jobId: 'job-for-1' } });
  });

  it('turns a handler failure into an error reply', async () => {
    await expect(dispatch({ type: 'cancel-check', jobId: 'x' }, handlers, POPUP, ME)).resolves.toEqual({ ok: false, error: 'no such job' });
  });

  it.each([null, 'hello', { type: 'unknown' }, { type: 'check-links', tabId: 1, pageUrl: 'not a url', urls: ['x'] }, { type: 'check-links', tabId: 1, pageUrl: 'https://a.org/', urls: [] }])(
    'drops %j',
    (message) => {
      expect(dispatch(message, handlers, POPUP, ME)).toBeUndefined();
    },
  );
});

describe('senders', () => {
  const valid = { type: 'check-links', tabId: 1, pageUrl: 'http://192.168.1.1/', urls: ['http://192.168.1.1/admin'] };

  it.each([
    ['a content script in a web page', { id: 'ours', url: 'https://evil.example.com/' }],
    ['another extension', { id: 'theirs', url: 'chrome-extension://theirs/page.html' }],
    ['another extension claiming our origin', { id: 'theirs', url: 'chrome-extension://ours/popup.html' }],
    ['a sender without a URL', { id: 'ours' }],
    ['no sender at all', undefined],
    ['a garbled URL', { id: 'ours', url: 'not a url' }],
  ])('drops a valid message from %s', (_name, sender) => {
    expect(dispatch(valid, handlers, sender, ME)).toBeUndefined();
    expect(fromExtensionPage(sender, ME)).toBe(false);
  });

  it('accepts the extension\'s own pages', () => {
    expect(fromExtensionPage({ id: 'ours', url: 'chrome-extension://ours/dashboard.html#p' }, ME)).toBe(true);
    expect(dispatch(valid, handlers, POPUP, ME)).toBeDefined();
  });
});
