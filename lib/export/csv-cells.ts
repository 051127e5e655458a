/**
 * Cell encoding shared by CSV export and import.
 *
 * Formula injection: a cell that a spreadsheet would run as a formula (it begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return) gets a leading `'`. So that the import can undo this
 * exactly, a cell that already begins with `'` followed by any number of `'` and one of those
 * characters gets one too; the import strips one `'` from any cell of that shape.
 *
 * Lists: values joined with ` | `. Inside a value, `\` and `|` are escaped with `\`, so every bare
 * `|` is a separator. Structured items (a broken link, a contact) put their fields in order,
 * joined with ` ; `, with `;` escaped the same way.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

function escapePart(value: string): string {
  return value.replace(/[\\|;]/g, (c) => `\\${c}`);
}

/** Splits on unescaped `separator` characters, dropping one space on each side of them. */
function splitEscaped(text: string, separator: '|' | ';'): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\\' && i + 1 < text.length) {
      current += char + text[i + 1];
      i++;
    } else if (char === separator) {
      parts.push(current.endsWith(' ') ? current.slice(0, -1) : current);
      current = '';
      if (text[i + 1] === ' ') i++;
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function unescapePart(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

export function joinList(values: readonly string[]): string {
  return values.map(escapePart).join(' | ');
}

/** The inverse of joinList; an empty cell is an empty list. Hand-typed `a|b` or `a, b` is not split on commas. */
export function splitList(cell: string): string[] {
  if (cell === '') return [];
  return splitEscaped(cell, '|').map(unescapePart);
}

export function joinItems(items: ReadonlyArray<readonly string[]>): string {
  return items.map((fields) => fields.map(escapePart).join(' ; ')).join(' | ');
}

export function splitItems(cell: string): string[][] {
  if (cell === '') return [];
  return splitEscaped(cell, '|').map((item) => splitEscaped(item, ';').map(unescapePart));
}
