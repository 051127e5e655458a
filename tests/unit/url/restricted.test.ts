import { describe, expect, it } from 'vitest';
import { explainInjectError, restrictionFor } from '@/lib/url/restricted';

describe('restrictionFor', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['file:///home/me/page.html', 'file-access'],
    ['ftp://files.example.com/', 'unsupported-scheme'],
  ])('%s is %s', (url, kind) => {
    expect(restrictionFor(url, false)?.kind).toBe(kind);
  });

  it.each(['https://example.com/', 'http://127.0.0.1:8080/x', 'https://chrome.google.com/search'])('%s can be scanned', (url) => {
    expect(restrictionFor(url, false)).toBeNull();
  });

  it('leaves an address hidden by the browser to the injection to judge', () => {
    expect(restrictionFor(undefined, false)).toBeNull();
  });

  it('allows file pages when the user granted file access', () => {
    expect(restrictionFor('file:///tmp/a.html', true)).toBeNull();
  });
});

describe('explainInjectError', () => {
  it('names PDFs, file access and protected pages', () => {
    expect(explainInjectError(new Error('Cannot access contents of the page'), 'https://x.org/a.pdf').kind).toBe('pdf');
    expect(explainInjectError(new Error('Cannot access contents of url "file:///a"'), 'file:///a').kind).toBe('file-access');
    expect(explainInjectError(new Error('The extensions gallery cannot be scripted.'), 'https://x.org/').kind).toBe('web-store');
    expect(explainInjectError(new Error('Cannot access a chrome:// URL'), 'chrome://newtab').kind).toBe('browser-page');
    const other = explainInjectError(new Error('Frame with ID 0 was removed.'), 'https://x.org/');
    expect(other).toEqual({ kind: 'error', message: 'The page could not be scanned: Frame with ID 0 was removed.' });
  });
});
