import type { MergeField, MergeValues } from './fields';
import { parseTemplate, type ParseProblem, type TemplatePart } from './template-parse';

export interface Rendered {
  text: string;
  /** Fields that were empty for this prospect and had no fallback (left empty in `text`). */
  missing: MergeField[];
}

/** Fills the parts with the values; an empty value takes the field's fallback when it has one. */
export function renderParts(parts: readonly TemplatePart[], values: MergeValues): Rendered {
  const missing = new Set<MergeField>();
  let text = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      text += part.text;
      continue;
    }
    const value = values[part.field].trim();
    if (value) text += value;
    else if (part.fallback !== null) text += part.fallback;
    else missing.add(part.field);
  }
  return { text, missing: [...missing] };
}

export type RenderResult = ({ ok: true } & Rendered) | { ok: false; problems: ParseProblem[] };

/** Parses and renders in one go (the preview and compose use this). */
export function renderTemplate(source: string, values: MergeValues): RenderResult {
  const parsed = parseTemplate(source);
  if (!parsed.ok) return parsed;
  return { ok: true, ...renderParts(parsed.parts, values) };
}
