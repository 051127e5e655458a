import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinItems, joinList, neutraliseCell, restoreCell, splitItems, splitList } from '@/lib/export/csv-cells';

describe('formula neutralising', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2', "'-2"],
    ['@ann', "'@ann"],
    ['\tindent', "'\tindent"],
    ['\rreturn', "'\rreturn"],
    ["'=already quoted", "''=already quoted"],
    ["'plain", "'plain"],
    ['plain = text', 'plain = text'],
    ['', ''],
    // Leading spaces are skipped by spreadsheets before they look for a formula.
    ['  =HYPERLINK("x")', `'  =HYPERLINK("x")`],
    ['\u00a0\u3000+1', "'\u00a0\u3000+1"],
    // Fullwidth and small forms fold to the ASCII signs (NFKC).
    ['＝1+1', "'＝1+1"],
    ['＋44', "'＋44"],
    ['－2', "'－2"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['﹦1', "'﹦1"],
    [" '=quoted after a space", " '=quoted after a space"],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
    expect(restoreCell(neutraliseCell(input))).toBe(input);
  });

  it('restore undoes neutralise for any string', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }), (s) => {
      expect(restoreCell(neutraliseCell(s))).toBe(s);
      expect(/^[=+\-@\t\r]/.test(neutraliseCell(s))).toBe(false);
    }));
  });

  it('no neutralised cell begins, after spaces and NFKC folding, with a formula sign', () => {
    const unit = fc.constantFrom("'", '=', '＝', '＋', '－', '＠', '﹦', ' ', '\u3000', '\t', 'a');
    fc.assert(fc.property(fc.string({ unit }), (s) => {
      const cell = neutraliseCell(s);
      expect(restoreCell(cell)).toBe(s);
      const folded = cell.trimStart().normalize('NFKC');
      expect(cell.startsWith("'") || !/^[=+\-@]/.test(folded)).toBe(true);
    }));
  });

  it('reads old exports that escaped a semicolon inside a list value', () => {
    expect(splitList('sports\\;pr | women')).toEqual(['sports;pr', 'women']);
  });
});

describe('lists and items', () => {
  it.each<[string[], string]>([
    [['a', 'b'], 'a | b'],
    [['with | pipe', 'back\\slash'], 'with \\| pipe | back\\\\slash'],
    // A plain list's separator is the bar: a semicolon in a tag is not escaped.
    [['sports;pr', 'women'], 'sports;pr | women'],
    [[], ''],
  ])('%j ⇄ %j', (values, cell) => {
    expect(joinList(values)).toBe(cell);
    expect(splitList(cell)).toEqual(values);
  });

  it('splits lists typed by hand with or without spaces around the bar', () => {
    expect(splitList('a|b | c')).toEqual(['a', 'b', 'c']);
  });

  const text = fc.string({ unit: fc.constantFrom('a', ' ', '|', ';', '\\', 'é', '\n') });
  it('any non-empty list of strings round-trips', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1 }).filter((a) => !(a.length === 1 && a[0] === '')), (values) => {
      expect(splitList(joinList(values))).toEqual(values);
    }));
  });

  it('items with any fields round-trip', () => {
    fc.assert(fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { minLength: 1 }), (items) => {
      expect(splitItems(joinItems(items))).toEqual(items);
    }));
  });
});
