import { describe, expect, it } from 'vitest';
import { HostQueue } from '@/lib/check/host-queue';
import { observeLink } from '@/lib/monitor/observe';
import type { ExpectedLink, Outcome } from '@/lib/monitor/types';
import { readPage } from '@/lib/reader/read-page';
import { scanHtml } from '@/lib/reader/scan-html';
import { fakeFetch, html, respond } from '../check/fake-fetch';

const URL_ = 'https://blog.example/post';
const expected: ExpectedLink = { targetUrl: 'https://mine.example/guide', anchorText: 'the garden guide', rel: [] };
const page = (link: string, head = '') => `<html><head><title>Post</title>${head}</head><body><main><p>Read ${link} today.</p>
<a href="/a">a</a><a href="/b">b</a><a href="/c">c</a><a href="/d">d</a><a href="/e">e</a></main></body></html>`;
const good = '<a href="https://mine.example/guide">the garden guide</a>';

async function read(response: () => Response) {
  const { fetch } = fakeFetch(() => response());
  return readPage(URL_, { fetch, now: () => 1, queue: new HostQueue({ gapMs: 0 }), parse: async (h, u, o) => scanHtml(h, u, o) }, { check: { retries: 0 } });
}

describe('observeLink', () => {
  it.each<[string, () => Response, Outcome, string]>([
    ['link as expected', () => html(200, page(good)), 'live', 'as expected'],
    ['trailing slash and www do not count as a change', () => html(200, page('<a href="https://www.mine.example/guide/">the garden guide</a>')), 'live', 'as expected'],
    ['link removed', () => html(200, page('nothing')), 'missing', 'not in the page'],
    ['rel → nofollow', () => html(200, page('<a rel="nofollow" href="https://mine.example/guide">the garden guide</a>')), 'nofollowed', 'rel: "follow" → "nofollow"'],
    ['rel → sponsored', () => html(200, page('<a rel="sponsored" href="https://mine.example/guide">the garden guide</a>')), 'nofollowed', '"sponsored"'],
    ['meta robots nofollow', () => html(200, page(good, '<meta name="robots" content="nofollow">')), 'nofollowed', 'meta robots'],
    ['X-Robots-Tag nofollow', () => html(200, page(good), { 'x-robots-tag': 'nofollow' }), 'nofollowed', 'X-Robots-Tag'],
    ['anchor changed', () => html(200, page('<a href="https://mine.example/guide">click here</a>')), 'changed', 'anchor: "the garden guide" → "click here"'],
    ['target changed on my site', () => html(200, page('<a href="https://mine.example/other">the garden guide</a>')), 'changed', 'target: "https://mine.example/guide" → "https://mine.example/other"'],
    ['noindex added', () => html(200, page(good, '<meta name="robots" content="noindex">')), 'not-indexable', 'noindex'],
    ['canonical moved', () => html(200, page(good, '<link rel="canonical" href="https://blog.example/elsewhere">')), 'not-indexable', 'canonical points elsewhere'],
    ['404', () => html(404, 'Not found'), 'page-gone', '404'],
    ['403 challenge', () => html(403, '<title>Just a moment...</title>', { 'cf-mitigated': 'challenge' }), 'unverifiable', 'blocked'],
    ['429 rate limit', () => respond(429, { 'retry-after': '99999' }), 'unverifiable', 'rate-limited'],
    ['not HTML', () => respond(200, { 'content-type': 'application/pdf' }, '%PDF'), 'unverifiable', 'not an HTML page'],
  ])('%s → %s', async (_name, response, outcome, words) => {
    const obs = observeLink(await read(response), expected);
    expect(obs.outcome).toBe(outcome);
    expect(obs.detail).toContain(words);
  });

  it('a missing link on a page with almost no links suggests verifying in a tab', async () => {
    const obs = observeLink(await read(() => html(200, '<div id="root"></div><script src="/app.js"></script>')), expected);
    expect(obs).toMatchObject({ outcome: 'missing', maybeScriptBuilt: true });
  });
});
