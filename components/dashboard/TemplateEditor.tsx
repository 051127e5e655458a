import type { TemplateDraft } from '@/lib/db/outreach-templates';
import type { EditorStatus } from '@/lib/state/dashboard/templates';
import { MERGE_FIELDS, MERGE_FIELD_NAMES } from '@/lib/outreach/fields';
import { TypeOptions } from '@/components/common/options';
import { TemplateStepFields } from './TemplateStepFields';

interface Props {
  draft: TemplateDraft;
  errors: readonly string[];
  warnings: readonly string[];
  status: EditorStatus;
  onChange: (draft: TemplateDraft) => void;
  onSave: () => void;
  onClose: () => void;
}

/** Edits one template: name, opportunity type, and its sequence of steps. Presentational. */
export function TemplateEditor({ draft, errors, warnings, status, onChange, onSave, onClose }: Props) {
  const setStep = (i: number, step: TemplateDraft['steps'][number]) => onChange({ ...draft, steps: draft.steps.map((s, j) => (j === i ? step : s)) });
  return (
    <form
      class="template-editor"
      aria-label="Template editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <div class="editor-head">
        <label for="template-name">Template name</label>
        <input id="template-name" value={draft.name} onInput={(e) => onChange({ ...draft, name: e.currentTarget.value })} />
        <label for="template-type">Opportunity type</label>
        <select id="template-type" value={draft.opportunityType} onChange={(e) => onChange({ ...draft, opportunityType: e.currentTarget.value as TemplateDraft['opportunityType'] })}>
          <TypeOptions />
        </select>
      </div>
      {draft.steps.map((step, i) => (
        <TemplateStepFields
          key={i}
          step={step}
          index={i}
          last={i === draft.steps.length - 1}
          canRemove={draft.steps.length > 1}
          onChange={(s) => setStep(i, s)}
          onRemove={() => onChange({ ...draft, steps: draft.steps.filter((_, j) => j !== i) })}
        />
      ))}
      {draft.steps.length < 10 && (
        <button type="button" onClick={() => onChange({ ...draft, steps: [...draft.steps, { subject: 'Re: {page_title|my last e-mail}', body: '', waitDays: 5 }] })}>
          Add a follow-up step
        </button>
      )}
      {errors.length > 0 && (
        <ul class="compose-problems" role="alert" aria-label="Fix before saving">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      )}
      {warnings.map((w) => (
        <p key={w} class="compose-note">
          {w} (It can be saved, but not sent until then.)
        </p>
      ))}
      <div class="editor-actions">
        <button type="submit" class="primary" disabled={errors.length > 0}>
          Save template
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
        <p class={status.kind === 'error' ? 'inline-error' : 'muted'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.kind === 'idle' ? '' : status.message}
        </p>
      </div>
      <details class="field-help">
        <summary>Merge fields</summary>
        <p>Write a field in braces; after a bar, the text used when the prospect has no value: {'{first_name|there}'}. Write {'{{'} and {'}}'} for literal braces.</p>
        <dl>
          {MERGE_FIELD_NAMES.map((f) => (
            <div key={f}>
              <dt class="mono">{`{${f}}`}</dt>
              <dd>{MERGE_FIELDS[f]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </form>
  );
}
