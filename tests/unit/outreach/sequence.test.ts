import { describe, expect, it } from 'vitest';
import { afterSend, DAY_MS, nextStepFor } from '@/lib/outreach/sequence';
import type { HistoryEntry, ProspectStatus } from '@/lib/schemas/prospect';

const template = { id: 't1', steps: [{ subject: 'A', body: 'a', waitDays: 5 }, { subject: 'B', body: 'b', waitDays: 7 }, { subject: 'C', body: 'c', waitDays: 9 }] };
const sent = (step: number, at: number, templateId = 't1'): HistoryEntry => ({ kind: 'sent', at, templateId, templateName: 'T', step });

describe('sequence scheduling', () => {
  it('first step: contacted, follow-up after its wait', () => {
    expect(afterSend(template, 0, 1_000)).toEqual({ status: 'contacted', followUpAt: 1_000 + 5 * DAY_MS, nextStep: 1 });
  });

  it('later steps: followed up, the next wait comes from the step just sent', () => {
    expect(afterSend(template, 1, 2_000)).toEqual({ status: 'followed-up', followUpAt: 2_000 + 7 * DAY_MS, nextStep: 2 });
  });

  it('the last step schedules nothing', () => {
    expect(afterSend(template, 2, 3_000)).toEqual({ status: 'followed-up', followUpAt: null, nextStep: null });
  });

  it('a step that does not exist is an error', () => {
    expect(() => afterSend(template, 3, 0)).toThrow('no step 4');
  });

  it('a wait of zero days follows up at once', () => {
    expect(afterSend({ steps: [{ subject: 'A', body: 'a', waitDays: 0 }, { subject: 'B', body: 'b', waitDays: 0 }] }, 0, 42).followUpAt).toBe(42);
  });
});

describe('next step for a prospect, from its history', () => {
  const p = (status: ProspectStatus, history: HistoryEntry[] = []) => ({ status, history });

  it('starts at step one when nothing was sent', () => {
    expect(nextStepFor(p('new'), [template])).toEqual({ kind: 'step', templateId: null, step: 0 });
  });

  it('continues the template last sent, after its latest step', () => {
    expect(nextStepFor(p('contacted', [sent(1, 20), { kind: 'status', at: 15, from: 'new', to: 'contacted' }, sent(0, 10)]), [template])).toEqual({ kind: 'step', templateId: 't1', step: 2 });
  });

  it('is finished after the last step', () => {
    expect(nextStepFor(p('contacted', [sent(2, 30)]), [template])).toEqual({ kind: 'finished', templateId: 't1' });
  });

  it('replied (and won) stop the sequence', () => {
    expect(nextStepFor(p('replied', [sent(0, 10)]), [template])).toEqual({ kind: 'stopped', status: 'replied' });
    expect(nextStepFor(p('won'), [template]).kind).toBe('stopped');
  });

  it('starts over when the template was deleted', () => {
    expect(nextStepFor(p('contacted', [sent(0, 10, 'gone')]), [template])).toEqual({ kind: 'step', templateId: null, step: 0 });
  });
});
