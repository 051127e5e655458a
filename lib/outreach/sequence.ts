import type { Prospect, ProspectStatus } from '@/lib/schemas/prospect';
import type { Template } from '@/lib/schemas/outreach';

export const DAY_MS = 86_400_000;

/** Statuses after which no further step of a sequence is sent. */
const STOPPED: ReadonlySet<ProspectStatus> = new Set(['replied', 'won', 'lost', 'do-not-contact']);

export function sequenceStopped(status: ProspectStatus): boolean {
  return STOPPED.has(status);
}

export interface AfterSend {
  /** The prospect's status once this step is sent. */
  status: ProspectStatus;
  /** When to follow up with the next step, or null when this was the last one. */
  followUpAt: number | null;
  nextStep: number | null;
}

/** Sending step `step` at `sentAt`: the first step makes a prospect contacted, later ones followed up. */
export function afterSend(template: Pick<Template, 'steps'>, step: number, sentAt: number): AfterSend {
  const sent = template.steps[step];
  if (!sent) throw new RangeError(`This template has no step ${step + 1}.`);
  const hasNext = step + 1 < template.steps.length;
  return {
    status: step === 0 ? 'contacted' : 'followed-up',
    followUpAt: hasNext ? sentAt + sent.waitDays * DAY_MS : null,
    nextStep: hasNext ? step + 1 : null,
  };
}

export type NextStep = { kind: 'step'; templateId: string | null; step: number } | { kind: 'finished'; templateId: string } | { kind: 'stopped'; status: ProspectStatus };

/**
 * Which step to compose next for a prospect, from the sends in its history (which a backup keeps):
 * the step after the last one sent with the same template; the first step when nothing was sent.
 */
export function nextStepFor(prospect: Pick<Prospect, 'status' | 'history'>, templates: readonly Pick<Template, 'id' | 'steps'>[]): NextStep {
  if (sequenceStopped(prospect.status)) return { kind: 'stopped', status: prospect.status };
  const sends = prospect.history.flatMap((h) => (h.kind === 'sent' ? [h] : []));
  const last = [...sends].sort((a, b) => a.at - b.at).at(-1);
  if (!last) return { kind: 'step', templateId: null, step: 0 };
  const template = templates.find((t) => t.id === last.templateId);
  if (!template) return { kind: 'step', templateId: null, step: 0 };
  if (last.step + 1 < template.steps.length) return { kind: 'step', templateId: template.id, step: last.step + 1 };
  return { kind: 'finished', templateId: template.id };
}
