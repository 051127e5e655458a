/**
 * Cell encoding shared by CSV export and import.
 *
 * Formula injection: a spreadsheet runs a cell as a formula when, after leading spaces, it begins
 * with `=`, `+`, `-` or `@` — and some fold compatibility forms first, so the fullwidth `＝＋－＠`
 * (and the small `﹦﹢﹣﹫`) count too; a cell beginning with a tab or a carriage return is also
 * risky. Such a cell gets a leading `'`. So that the import can undo this exactly, a cell that is
 * risky once its leading `'`s are removed gets one more; the import strips one `'` from any cell of
 * that shape.
 *
 * Lists: values joined with ` | `; inside a value, `\` and `|` are escaped with `\`, so every bare
 * `|` is a separator. Structured items (a broken link, a contact) put their fields in order, joined
 * with ` ; `, and escape `;` as well. A plain list leaves `;` alone (a tag `sports;pr` stays so).
 */
function risky(value: string): boolean {
  const code = value.charCodeAt(0);
  // Most cells begin with an ASCII letter or digit, which no rule below can make risky: decided at once.
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return false;
  const core = value.replace(/^'+/, '');
  if (/^[\t\r]/.test(core)) return true;
  const first = core.trimStart().slice(0, 1).normalize('NFKC');
  return first === '=' || first === '+' || first === '-' || first === '@';
}

export function neutraliseCell(value: string): string {
  return risky(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return value.startsWith("'") && risky(value) ? value.slice(1) : value;
}

const PART_SPECIAL = /[\\|;]/;
const LIST_SPECIAL = /[\\|]/;

function escapePart(value: string): string {
  return PART_SPECIAL.test(value) ? value.replace(/[\\|;]/g, (c) => `\\${c}`) : value;
}

function escapeListValue(value: string): string {
  return LIST_SPECIAL.test(value) ? value.replace(/[\\|]/g, (c) => `\\${c}`) : value;
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
  if (values.length === 0) return '';
  return values.length === 1 ? escapeListValue(values[0] as string) : values.map(escapeListValue).join(' | ');
}

/** The inverse of joinList; an empty cell is an empty list. Hand-typed `a|b` or `a, b` is not split on commas. */
export function splitList(cell: string): string[] {
  if (cell === '') return [];
  return splitEscaped(cell, '|').map(unescapePart);
}

export function joinItems(items: ReadonlyArray<readonly string[]>): string {
  if (items.length === 0) return '';
  return items.map((fields) => fields.map(escapePart).join(' ; ')).join(' | ');
}

export function splitItems(cell: string): string[][] {
  if (cell === '') return [];
  return splitEscaped(cell, '|').map((item) => splitEscaped(item, ';').map(unescapePart));
}
