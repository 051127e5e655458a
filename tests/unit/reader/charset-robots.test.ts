import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMeta, decodeHtml } from '@/lib/reader/charset';
import { parseXRobotsTag } from '@/lib/reader/robots';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('charset', () => {
  it.each([
    ['text/html; charset=ISO-8859-1', 'iso-8859-1'],
    ['text/html;charset="windows-1251"', 'windows-1251'],
    ['text/html', null],
    [undefined, null],
  ])('header %s → %s', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });

  it('finds <meta charset> and http-equiv declarations in the first 1024 bytes only', () => {
    expect(charsetFromMeta(latin1('<html><head><meta charset="windows-1252">'))).toBe('windows-1252');
    expect(charsetFromMeta(latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'))).toBe('iso-8859-2');
    expect(charsetFromMeta(latin1(`${' '.repeat(1100)}<meta charset="koi8-r">`))).toBeNull();
  });

  it('header beats meta; meta beats the default; a BOM beats both', () => {
    const body = latin1('<meta charset="iso-8859-1"><p>caf\xe9</p>');
    expect(decodeHtml(body, 'text/html; charset=utf-8')).toMatchObject({ source: 'header', charset: 'utf-8' });
    const fromMeta = decodeHtml(body, 'text/html');
    expect(fromMeta.source).toBe('meta');
    expect(fromMeta.text).toContain('café');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>café</p>')]);
    expect(decodeHtml(bom, 'text/html; charset=iso-8859-1')).toMatchObject({ source: 'bom', charset: 'utf-8' });
  });

  it('an unknown label falls through to the next source', () => {
    const decoded = decodeHtml(new TextEncoder().encode('<p>naïve</p>'), 'text/html; charset=x-made-up');
    expect(decoded).toMatchObject({ source: 'default', charset: 'utf-8' });
    expect(decoded.text).toContain('naïve');
  });
});

describe('X-Robots-Tag', () => {
  it.each([
    ['noindex', true, false],
    ['noindex, nofollow', true, true],
    ['none', true, true],
    ['googlebot: noindex', true, false],
    ['otherbot: noindex, nofollow', false, false],
    ['unavailable_after: 25 Jun 2010 15:00:00 PST', false, false],
    ['otherbot: noindex, googlebot: nofollow', false, true],
    ['', false, false],
  ])('%j → noindex %s, nofollow %s', (header, noindex, nofollow) => {
    expect(parseXRobotsTag(header)).toMatchObject({ noindex, nofollow });
  });
});
