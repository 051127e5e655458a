import { describe, expect, it } from 'vitest';
import { decodeText } from '@/lib/export/decode-text';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, and says nothing', () => {
    const utf8 = new TextEncoder().encode('name\nJürgen €');
    expect(decodeText(utf8)).toEqual({ text: 'name\nJürgen €', encoding: 'utf-8' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8)).text).toBe('name\nJürgen €');
  });

  it('reads a Windows-1252 file (Excel "CSV") as such and says so', () => {
    // "Jürgen – 5 €" in Windows-1252: ü = FC, en dash = 96, euro = 80.
    const file = bytes(...ascii('name\nJ'), 0xfc, ...ascii('rgen '), 0x96, ...ascii(' 5 '), 0x80);
    const decoded = decodeText(file);
    expect(decoded.text).toBe('name\nJürgen – 5 €');
    expect(decoded.text).not.toContain('\uFFFD');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.note).toMatch(/not UTF-8.*Windows-1252/);
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x4a, 0x00, 0xfc, 0x00)).text).toBe('Jü');
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x4a, 0x00, 0xfc)).text).toBe('Jü');
  });
});
