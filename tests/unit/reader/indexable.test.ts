import { describe, expect, it } from 'vitest';
import { judgeIndexable, type IndexInput } from '@/lib/reader/indexable';

const meta = (over: Partial<{ canonical: string | null; noindex: boolean; nofollow: boolean }> = {}) => ({
  canonical: over.canonical ?? null,
  robots: { noindex: over.noindex ?? false, nofollow: over.nofollow ?? false, directives: [] },
});
const base: IndexInput = { verdictClass: 'ok', httpStatus: 200, finalUrl: 'https://a.example/post', xRobotsTag: null, meta: meta() };

describe('judgeIndexable', () => {
  it.each<[string, Partial<IndexInput>, boolean, string]>([
    ['plain 200 page', {}, true, 'no canonical'],
    ['canonical to itself (trailing slash, fragment ignored)', { meta: meta({ canonical: 'https://a.example/post/#top' }) }, true, 'canonical is itself'],
    ['canonical elsewhere', { meta: meta({ canonical: 'https://a.example/other' }) }, false, 'canonical points elsewhere'],
    ['meta noindex', { meta: meta({ noindex: true }) }, false, 'meta robots'],
    ['X-Robots-Tag noindex', { xRobotsTag: 'noindex' }, false, 'X-Robots-Tag'],
    ['X-Robots-Tag for another bot', { xRobotsTag: 'bingbot: noindex' }, true, 'no noindex'],
    ['404', { verdictClass: 'broken', httpStatus: 404 }, false, 'HTTP 404'],
    ['not HTML', { meta: null }, false, 'not an HTML page'],
  ])('%s', (_name, over, indexable, reason) => {
    const result = judgeIndexable({ ...base, ...over });
    expect(result.indexable).toBe(indexable);
    expect(result.reason).toContain(reason);
  });

  it('tells where a nofollow came from', () => {
    expect(judgeIndexable({ ...base, xRobotsTag: 'nofollow' }).nofollowSource).toBe('header');
    expect(judgeIndexable({ ...base, meta: meta({ nofollow: true }) }).nofollowSource).toBe('meta');
    expect(judgeIndexable({ ...base, xRobotsTag: 'nofollow', meta: meta({ nofollow: true }) }).nofollowSource).toBe('both');
    expect(judgeIndexable(base).nofollowSource).toBe('none');
  });
});
