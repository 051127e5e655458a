import { MERGE_FIELDS, type MergeValues } from './fields';
import { renderParts } from './render';
import { parseTemplate, type TemplatePart } from './template-parse';
import type { TemplateStep } from '@/lib/schemas/outreach';

/** Placeholders people leave in drafts: "[your name]", "<<site>>", or a brace outside a field. */
const LEFTOVER = /\[[^\]\n]{1,60}\]|<<[^>\n]{1,60}>>|[{}]/;

function leftoverIn(parts: readonly TemplatePart[]): string | null {
  for (const part of parts) {
    if (part.kind !== 'text') continue;
    const match = LEFTOVER.exec(part.text);
    if (match) return match[0];
  }
  return null;
}

/** Problems that make a template step unusable for any prospect: shown in the editor. */
export function lintStep(step: TemplateStep, label: string): string[] {
  const problems: string[] = [];
  if (!step.subject.trim()) problems.push(`${label}: the subject is empty.`);
  if (!step.body.trim()) problems.push(`${label}: the body is empty.`);
  for (const [what, source] of [['subject', step.subject], ['body', step.body]] as const) {
    const parsed = parseTemplate(source);
    if (!parsed.ok) problems.push(...parsed.problems.map((p) => `${label}, ${what}: ${p.message}`));
    else {
      const left = leftoverIn(parsed.parts);
      if (left) problems.push(`${label}, ${what}: "${left}" looks like a placeholder left in the text; replace it or use a merge field.`);
    }
  }
  return problems;
}

export interface ComposedMessage {
  subject: string;
  body: string;
  /** Everything that blocks sending; empty when the message may go out. */
  problems: string[];
}

/**
 * Renders one step for one prospect. The message is blocked when the template does not parse,
 * a field is empty without a fallback, or a placeholder is left in the text.
 */
export function composeMessage(step: TemplateStep, values: MergeValues): ComposedMessage {
  const problems = lintStep(step, 'Template');
  const render = (source: string) => {
    const parsed = parseTemplate(source);
    return parsed.ok ? renderParts(parsed.parts, values) : { text: '', missing: [] };
  };
  const subject = render(step.subject);
  const body = render(step.body);
  for (const field of new Set([...subject.missing, ...body.missing])) {
    problems.push(`{${field}} is empty for this prospect (${MERGE_FIELDS[field].toLowerCase()}): fill it in, or give it a fallback like {${field}|…}.`);
  }
  return { subject: subject.text.replace(/\s+/g, ' ').trim(), body: body.text, problems };
}
