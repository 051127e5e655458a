import type { DashboardApi } from './api';
import { TYPE_LABELS } from '@/components/common/labels';
import { draftErrors } from '@/lib/state/dashboard/templates';
import { lintStepDetail } from '@/lib/outreach/lint';
import { TemplateEditor } from './TemplateEditor';

/** Outreach templates: the list (open, duplicate, delete) and the editor of the open one. */
export function TemplatesView({ app }: { app: DashboardApi }) {
  const { outreach, templates: state, templateActions: actions } = app;
  const list = outreach.templates.value;
  const draft = state.draft.value;
  const status = state.status.value;
  return (
    <section class="templates-view" aria-labelledby="templates-title">
      <div class="view-head">
        <h2 id="templates-title">Templates</h2>
        <button type="button" class="primary" onClick={actions.create}>
          New template
        </button>
      </div>
      {outreach.error.value && <p class="inline-error" role="alert">{outreach.error.value}</p>}
      {!draft && status.kind !== 'idle' && (
        <p class={status.kind === 'error' ? 'inline-error' : 'muted'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.message}
        </p>
      )}
      {list === null ? (
        <p class="muted">Loading templates…</p>
      ) : list.length === 0 ? (
        <div class="empty-state">
          <p>No templates. Start from the white-hat starter set, or write your own.</p>
          <button type="button" onClick={() => void actions.addStarters()}>
            Add the starter templates
          </button>
        </div>
      ) : (
        <ul class="template-list" aria-label="Templates">
          {list.map((t) => (
            <li key={t.id} aria-current={draft?.id === t.id ? 'true' : undefined}>
              <button type="button" class="link-button" onClick={() => actions.open(t)}>
                {t.name}
              </button>
              <span class="muted">
                {TYPE_LABELS[t.opportunityType]} · {t.steps.length} step{t.steps.length === 1 ? '' : 's'}
              </span>
              <span class="push">
                <button type="button" onClick={() => void actions.duplicate(t.id)} aria-label={`Duplicate ${t.name}`}>
                  Duplicate
                </button>
                <button type="button" class="danger" onClick={() => void actions.remove(t)} aria-label={`Delete ${t.name}`}>
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {draft && (
        <TemplateEditor
          draft={draft}
          errors={draftErrors(draft)}
          warnings={draft.steps.flatMap((s, i) => lintStepDetail(s, `Step ${i + 1}`).warnings)}
          status={status}
          onChange={actions.edit}
          onSave={() => void actions.save()}
          onClose={actions.close}
        />
      )}
    </section>
  );
}
