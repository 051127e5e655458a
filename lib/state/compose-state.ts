import { signal } from '@preact/signals';
import { errorText } from '@/lib/text/error-text';
import type { LinkscoutDb } from '@/lib/db/database';
import { closeSequence, markSent } from '@/lib/db/outreach-sends';
import type { ComposeRoute } from '@/lib/schemas/outreach';
import type { Prospect } from '@/lib/schemas/prospect';
import type { RoutePlan } from '@/lib/outreach/routes';
import { handOverToMonitoring } from './won-handover';

export type ComposeNotice = { tone: 'info' | 'error'; text: string } | null;

/** One compose panel: the user's choices, what was sent to this prospect, the last outcome. */
export function createComposeState() {
  return {
    templateId: signal<string | null>(null),
    step: signal<number | null>(null),
    replacementUrl: signal(''),
    /** The route the user last opened, recorded with "Mark sent". */
    route: signal<ComposeRoute | null>(null),
    busy: signal(false),
    notice: signal<ComposeNotice>(null),
  };
}

export type ComposeState = ReturnType<typeof createComposeState>;

export interface ComposeDeps {
  db: LinkscoutDb;
  writeClipboard: (text: string) => Promise<void>;
  now?: () => number;
}

export function createComposeActions(state: ComposeState, deps: ComposeDeps) {
  const run = async (work: () => Promise<string>) => {
    state.busy.value = true;
    try {
      state.notice.value = { tone: 'info', text: await work() };
    } catch (error) {
      state.notice.value = { tone: 'error', text: errorText(error) };
    } finally {
      state.busy.value = false;
    }
  };
  return {
    /** Called as a compose link is followed (or Copy pressed): puts what the link cannot carry on the clipboard. */
    used: (plan: RoutePlan) =>
      run(async () => {
        state.route.value = plan.route;
        if (plan.kind === 'unavailable') throw new Error(plan.note);
        if (plan.kind === 'copy' || plan.clipboard !== null) await deps.writeClipboard(plan.clipboard);
        return plan.note;
      }),
    markSent: (prospect: Prospect, templateId: string, step: number) =>
      run(async () => {
        const { prospect: updated } = await markSent(deps.db, { prospectId: prospect.id, templateId, step, route: state.route.value ?? 'copy' }, deps.now?.());
        state.step.value = null;
        const next = updated.followUpAt === null ? 'That was the last step.' : `Follow-up reminder set for ${new Date(updated.followUpAt).toLocaleDateString('en', { dateStyle: 'medium' })}.`;
        return `Marked step ${step + 1} as sent. ${next}`;
      }),
    close: (prospect: Prospect, status: 'replied' | 'won') =>
      run(async () => {
        const updated = await closeSequence(deps.db, prospect.id, status, deps.now?.());
        if (status === 'won') await handOverToMonitoring(deps.db, updated);
        return status === 'won' ? 'Marked as won. The sequence is stopped.' : 'Marked as replied. The sequence is stopped: no more follow-ups.';
      }),
  };
}

export type ComposeActions = ReturnType<typeof createComposeActions>;
