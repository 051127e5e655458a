import type { Prospect } from '@/lib/schemas/prospect';
import type { DoNotContact, Template } from '@/lib/schemas/outreach';
import { blockingEntry, blockMessage } from './do-not-contact';
import { composeMessage, type ComposedMessage } from './lint';
import { mergeValuesFor, primaryEmail, type SenderDetails } from './merge-values';
import { bodyFitsNoLink, planRoutes, type MailAccount, type RoutePlan } from './routes';
import { nextStepFor, type NextStep } from './sequence';

export interface ComposeInput {
  prospect: Prospect;
  templates: readonly Template[];
  doNotContact: readonly DoNotContact[];
  sender: SenderDetails & MailAccount;
  /** What the user picked; null means "the next step of the sequence". */
  choice: { templateId: string | null; step: number | null };
  replacementUrl: string;
}

export type ComposeView =
  | { kind: 'no-templates' }
  | { kind: 'blocked'; message: string }
  | { kind: 'stopped'; message: string }
  | {
      kind: 'ready';
      template: Template;
      step: number;
      next: NextStep;
      to: string;
      message: ComposedMessage;
      plans: RoutePlan[];
      /** Everything that blocks opening or marking as sent; empty when the message may go. */
      problems: string[];
      /** Shown but not blocking, e.g. that the body will go through the clipboard. */
      notes: string[];
    };

function pickTemplate(input: ComposeInput, next: NextStep): { template: Template; step: number } | null {
  const { templates, choice, prospect } = input;
  const suggested = next.kind === 'step' || next.kind === 'finished' ? next.templateId : null;
  const template =
    templates.find((t) => t.id === choice.templateId) ??
    templates.find((t) => t.id === suggested) ??
    templates.find((t) => t.opportunityType === prospect.opportunityType) ??
    templates[0];
  if (!template) return null;
  const sequenceStep = next.kind === 'step' && next.templateId === template.id ? next.step : 0;
  const step = Math.min(choice.step ?? sequenceStep, template.steps.length - 1);
  return { template, step };
}

/** Everything the compose panel shows for one prospect, decided in one place. */
export function composeView(input: ComposeInput): ComposeView {
  const { prospect, sender } = input;
  const to = primaryEmail(prospect);
  const blocked = blockingEntry(input.doNotContact, { domain: prospect.domain, emails: prospect.contacts.filter((c) => c.kind === 'email').map((c) => c.value) });
  if (blocked) return { kind: 'blocked', message: blockMessage(blocked) };
  if (prospect.status === 'do-not-contact') return { kind: 'blocked', message: 'Do not contact: this prospect’s status is “Do not contact”. Compose is blocked.' };
  const next = nextStepFor(prospect, input.templates);
  if (next.kind === 'stopped') return { kind: 'stopped', message: `The sequence is stopped: this prospect’s status is “${next.status}”.` };
  const picked = pickTemplate(input, next);
  if (!picked) return { kind: 'no-templates' };
  const step = picked.template.steps[picked.step];
  if (!step) return { kind: 'no-templates' };
  const message = composeMessage(step, mergeValuesFor(prospect, sender, input.replacementUrl));
  const problems = [...message.problems];
  if (!to) problems.unshift('This prospect has no e-mail address: add one to its contacts before composing.');
  const plans = planRoutes(to, message.subject, message.body, sender);
  const notes: string[] = [];
  if (next.kind === 'finished' && next.templateId === picked.template.id && input.choice.step === null) {
    notes.push(`Every step of “${picked.template.name}” has been sent.`);
  }
  if (bodyFitsNoLink(plans)) notes.push('This body is too long for any compose link: each link opens with the subject, and the body is copied for you to paste.');
  return { kind: 'ready', template: picked.template, step: picked.step, next, to, message, plans, problems, notes };
}
