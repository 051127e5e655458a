import { describe, expect, it } from 'vitest';
import { readCsv } from '@/lib/export/csv-rows';

describe('readCsv', () => {
  it('numbers rows by their line in the file, counting multi-line cells and blank lines', () => {
    // Spreadsheet-style: CRLF between rows, bare LF inside cells.
    const text = '\uFEFFurl,notes\r\nhttps://a.example/,"two\r\nlines"\r\n\r\nhttps://b.example/,x\r\nhttps://c.example/,"three\nline\ncell"\r\nhttps://d.example/,last\r\n';
    const { header, rows } = readCsv(text);
    expect(header).toEqual(['url', 'notes']);
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'https://a.example/'],
      [5, 'https://b.example/'],
      [6, 'https://c.example/'],
      [9, 'https://d.example/'],
    ]);
    expect(rows[0]?.cells[1]).toBe('two\r\nlines');
  });

  it('counts lines the same way in an LF file', () => {
    const { rows } = readCsv('url,notes\n\n\nhttps://a.example/,"a\nb"\nhttps://b.example/,\n');
    expect(rows.map((r) => r.line)).toEqual([4, 6]);
  });

  it('guesses a semicolon delimiter', () => {
    expect(readCsv('url;email\nhttps://a.example/;ann@a.example\n').rows[0]?.cells).toEqual(['https://a.example/', 'ann@a.example']);
  });

  it('reports an unterminated quote at the line where its row starts', () => {
    const { rows } = readCsv('url,notes\nhttps://a.example/,ok\nhttps://b.example/,"never closed\nmore\n');
    expect(rows[1]).toMatchObject({ line: 3, error: expect.stringMatching(/never closed/) });
  });

  it('handles an empty file', () => {
    expect(readCsv('')).toEqual({ header: [], rows: [] });
  });
});
