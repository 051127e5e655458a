import type { Template } from '@/lib/schemas/outreach';
import type { ComposeState } from '@/lib/state/compose-state';
import type { ComposeView } from '@/lib/outreach/compose-view';
import { useId } from 'preact/hooks';
import { fieldsUsed, parseTemplate } from '@/lib/outreach/template-parse';

type Ready = Extract<ComposeView, { kind: 'ready' }>;

function stepLabel(t: Template, i: number): string {
  if (i === 0) return 'Step 1: first e-mail';
  return `Step ${i + 1}: follow-up after ${t.steps[i - 1]?.waitDays ?? 0} days`;
}

const usesReplacement = (t: Template, step: number) => {
  const s = t.steps[step];
  const parsed = s && parseTemplate(`${s.subject}\n${s.body}`);
  return parsed && parsed.ok ? fieldsUsed(parsed.parts).includes('replacement_url') : false;
};

/** Which template and step to compose, and the replacement page when the template asks for one. */
export function ComposeChoice({ templates, view, compose }: { templates: readonly Template[]; view: Ready; compose: ComposeState }) {
  const t = view.template;
  const id = useId();
  return (
    <div class="compose-choice">
      <div class="compose-field">
        <label for={`${id}-template`}>Template</label>
        <select
          id={`${id}-template`}
          value={t.id}
          onChange={(e) => {
            compose.templateId.value = e.currentTarget.value;
            compose.step.value = null;
          }}
        >
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </div>
      <div class="compose-field">
        <label for={`${id}-step`}>Step</label>
        <select id={`${id}-step`} value={String(view.step)} onChange={(e) => (compose.step.value = Number(e.currentTarget.value))}>
          {t.steps.map((_, i) => (
            <option key={i} value={String(i)}>
              {stepLabel(t, i)}
            </option>
          ))}
        </select>
      </div>
      {usesReplacement(t, view.step) && (
        <div class="compose-field">
          <label for={`${id}-replacement`}>Replacement page (your URL)</label>
          <input id={`${id}-replacement`} type="url" value={compose.replacementUrl.value} placeholder="Your site, by default" onInput={(e) => (compose.replacementUrl.value = e.currentTarget.value)} />
        </div>
      )}
    </div>
  );
}
