import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '@/lib/messages';

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
    await expect(dispatch({ type: 'check-links', tabId: 1, pageUrl: 'https://a.org/', urls: ['https://b.org/'] }, handlers)).resolves.toEqual({ ok: true, value: { jobId: 'job-for-1' } });
  });

  it('turns a handler failure into an error reply', async () => {
    await expect(dispatch({ type: 'cancel-check', jobId: 'x' }, handlers)).resolves.toEqual({ ok: false, error: 'no such job' });
  });

  it.each([null, 'hello', { type: 'unknown' }, { type: 'check-links', tabId: 1, pageUrl: 'not a url', urls: ['x'] }, { type: 'check-links', tabId: 1, pageUrl: 'https://a.org/', urls: [] }])(
    'drops %j',
    (message) => {
      expect(dispatch(message, handlers)).toBeUndefined();
    },
  );
});
