import type { TemplateStep } from '@/lib/schemas/outreach';

interface Props {
  step: TemplateStep;
  index: number;
  last: boolean;
  canRemove: boolean;
  onChange: (step: TemplateStep) => void;
  onRemove: () => void;
}

/** Subject, body and the wait before the next step, for one step of a sequence. */
export function TemplateStepFields({ step, index, last, canRemove, onChange, onRemove }: Props) {
  const id = `step-${index}`;
  return (
    <fieldset class="template-step">
      <legend>{index === 0 ? 'Step 1: first e-mail' : `Step ${index + 1}: follow-up`}</legend>
      <label for={`${id}-subject`}>Subject (step {index + 1})</label>
      <input id={`${id}-subject`} value={step.subject} onInput={(e) => onChange({ ...step, subject: e.currentTarget.value })} />
      <label for={`${id}-body`}>Body (step {index + 1})</label>
      <textarea id={`${id}-body`} rows={9} value={step.body} onInput={(e) => onChange({ ...step, body: e.currentTarget.value })} />
      <div class="step-foot">
        {!last && (
          <label>
            Wait before step {index + 2} (days){' '}
            <input
              type="number"
              min={0}
              max={365}
              value={String(step.waitDays)}
              onInput={(e) => onChange({ ...step, waitDays: Math.max(0, Math.min(365, Math.round(Number(e.currentTarget.value) || 0))) })}
            />
          </label>
        )}
        {canRemove && (
          <button type="button" class="danger" onClick={onRemove}>
            Remove step {index + 1}
          </button>
        )}
      </div>
    </fieldset>
  );
}
