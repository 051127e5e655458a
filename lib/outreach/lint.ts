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

export interface StepLint {
  /** The step cannot be saved: it does not parse, or its subject or body is empty. */
  errors: string[];
  /** The step can be saved but not sent: a placeholder is waiting to be written. */
  warnings: string[];
}

/** What is wrong with a template step for every prospect alike (the editor shows this). */
export function lintStepDetail(step: TemplateStep, label: string): StepLint {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!step.subject.trim()) errors.push(`${label}: the subject is empty.`);
  if (!step.body.trim()) errors.push(`${label}: the body is empty.`);
  for (const [what, source] of [['subject', step.subject], ['body', step.body]] as const) {
    const parsed = parseTemplate(source);
    if (!parsed.ok) errors.push(...parsed.problems.map((p) => `${label}, ${what}: ${p.message}`));
    else {
      const left = leftoverIn(parsed.parts);
      if (left) warnings.push(`${label}, ${what}: "${left}" looks like a placeholder left in the text; replace it or use a merge field.`);
    }
  }
  return { errors, warnings };
}

/** Every problem that keeps a step from being sent. */
export function lintStep(step: TemplateStep, label: string): string[] {
  const { errors, warnings } = lintStepDetail(step, label);
  return [...errors, ...warnings];
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
