import { isMergeField, MERGE_FIELD_NAMES, type MergeField } from './fields';

/** A piece of a parsed template: literal text, or a merge field with an optional fallback. */
export type TemplatePart = { kind: 'text'; text: string } | { kind: 'field'; field: MergeField; fallback: string | null };

export interface ParseProblem {
  /** Character offset in the source where the problem starts. */
  index: number;
  message: string;
}

export type ParseResult = { ok: true; parts: TemplatePart[] } | { ok: false; problems: ParseProblem[] };

/** "line 3, column 7" for an offset, counted from 1 as editors do. */
export function positionOf(source: string, index: number): string {
  const before = source.slice(0, index).split('\n');
  return `line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

function unknownFieldMessage(name: string): string {
  const near = MERGE_FIELD_NAMES.find((f) => f.replace(/_/g, '') === name.toLowerCase().replace(/[_\s-]/g, ''));
  const hint = near ? ` Did you mean {${near}}?` : ` Known fields: ${MERGE_FIELD_NAMES.map((f) => `{${f}}`).join(', ')}.`;
  return `{${name}} is not a merge field.${hint}`;
}

/**
 * Parses `Hi {first_name|there},` into parts. `{{` and `}}` stand for literal braces. Every
 * problem is reported (unclosed `{`, stray `}`, empty or unknown field), none is guessed around.
 */
export function parseTemplate(source: string): ParseResult {
  const parts: TemplatePart[] = [];
  const problems: ParseProblem[] = [];
  let text = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if ((ch === '{' || ch === '}') && source[i + 1] === ch) {
      text += ch;
      i += 2;
      continue;
    }
    if (ch === '}') {
      problems.push({ index: i, message: `A "}" at ${positionOf(source, i)} closes nothing (write "}}" for a literal brace).` });
      i += 1;
      continue;
    }
    if (ch !== '{') {
      text += ch;
      i += 1;
      continue;
    }
    const close = source.indexOf('}', i + 1);
    const reopen = source.indexOf('{', i + 1);
    if (close === -1 || (reopen !== -1 && reopen < close)) {
      problems.push({ index: i, message: `The "{" at ${positionOf(source, i)} is never closed: add "}" after the field name.` });
      i += 1;
      continue;
    }
    const inner = source.slice(i + 1, close);
    const bar = inner.indexOf('|');
    const name = (bar === -1 ? inner : inner.slice(0, bar)).trim();
    if (!name) problems.push({ index: i, message: `An empty field "{${inner}}" at ${positionOf(source, i)}: put a field name inside the braces.` });
    else if (!isMergeField(name)) problems.push({ index: i, message: `${unknownFieldMessage(name)} (${positionOf(source, i)})` });
    else {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'field', field: name, fallback: bar === -1 ? null : inner.slice(bar + 1) });
    }
    i = close + 1;
  }
  if (text) parts.push({ kind: 'text', text });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, parts };
}

/** The merge fields a parsed template uses, each once, in order of first use. */
export function fieldsUsed(parts: readonly TemplatePart[]): MergeField[] {
  return [...new Set(parts.flatMap((p) => (p.kind === 'field' ? [p.field] : [])))];
}
