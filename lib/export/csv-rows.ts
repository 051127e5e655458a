import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line in the file where the row starts (the header is line 1). */
  line: number;
  cells: string[];
  /** Set when the row could not be read as CSV (an unterminated quote). */
  error?: string;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/**
 * Reads CSV text into rows that know their real line number, counting the header, blank lines and
 * line breaks inside quoted cells. A BOM is dropped; the delimiter is the one among , ; and tab
 * that the header line uses most (spreadsheets in many locales save with semicolons). Blank rows are skipped. Rows are split on
 * the file's line break (the first one found), so a file must not mix CRLF and LF rows; line
 * breaks inside quoted cells may be either.
 */
/** The header line's most frequent candidate delimiter: headers rarely quote, data often does. */
function headerDelimiter(input: string): string {
  const firstLine = input.slice(0, input.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function readCsv(text: string): CsvTable {
  const input = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  let counted = 0;
  let line = 1;
  let rowStart = 0;
  Papa.parse<string[]>(input, {
    delimiter: headerDelimiter(input),
    // Blank lines are counted below, not returned.
    skipEmptyLines: true,
    step: (result) => {
      while (input[rowStart] === '\n' || input[rowStart] === '\r') rowStart++;
      for (let i = counted; i < rowStart; i++) if (input.charCodeAt(i) === 10) line++;
      counted = rowStart;
      const cells = result.data;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (header === null) {
        header = cells;
      } else if (quoteError) {
        rows.push({ line, cells, error: `a quoted cell is never closed (${quoteError.message})` });
      } else if (cells.some((c) => c.trim() !== '')) {
        rows.push({ line, cells });
      }
      // meta.cursor is where this row ends; the next row starts after the line breaks that follow.
      rowStart = result.meta.cursor;
    },
  });
  return { header: header ?? [], rows };
}
