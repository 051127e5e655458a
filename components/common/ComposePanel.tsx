import type { Prospect } from '@/lib/schemas/prospect';
import type { OutreachState } from '@/lib/state/outreach-state';
import type { ComposeActions, ComposeState } from '@/lib/state/compose-state';
import { composeView } from '@/lib/outreach/compose-view';
import { pacingHint } from '@/lib/outreach/pacing';
import { ComposeRoutes } from './ComposeRoutes';
import { ComposeChoice } from './ComposeChoice';

interface Props {
  prospect: Prospect;
  outreach: OutreachState;
  compose: ComposeState;
  actions: ComposeActions;
}

/** Compose for one prospect: template and step, the preview, the lint, the compose routes, sent / replied / won. */
export function ComposePanel({ prospect, outreach, compose, actions }: Props) {
  const templates = outreach.templates.value;
  const dnc = outreach.doNotContact.value;
  const notice = compose.notice.value;
  let body;
  if (outreach.error.value) body = <p class="inline-error" role="alert">{outreach.error.value}</p>;
  else if (templates === null || dnc === null) body = <p class="muted">Loading templates…</p>;
  else {
    const view = composeView({
      prospect, templates, doNotContact: dnc, sender: outreach.settings.value,
      choice: { templateId: compose.templateId.value, step: compose.step.value }, replacementUrl: compose.replacementUrl.value,
    });
    if (view.kind === 'blocked') body = <p class="compose-block" role="alert" data-testid="compose-blocked">{view.message}</p>;
    else if (view.kind === 'stopped') body = <p class="muted" data-testid="compose-stopped">{view.message}</p>;
    else if (view.kind === 'no-templates') body = <p class="muted">No templates yet: create one in the dashboard’s Templates view.</p>;
    else {
      const blocked = view.problems.length > 0;
      body = (
        <>
          <ComposeChoice templates={templates} view={view} compose={compose} />
          <p class="compose-to">
            To: <span class="mono">{view.to || '(no e-mail address)'}</span>
          </p>
          <div class="compose-preview" aria-label="Preview" role="region">
            <p class="compose-subject">
              <strong>Subject:</strong> {view.message.subject}
            </p>
            <pre class="compose-body" data-testid="compose-body">{view.message.body}</pre>
          </div>
          {blocked && (
            // The alert role goes on a wrapper: on the <ul> itself it would hide the list from screen readers.
            <div role="alert" aria-label="Fix before sending">
              <ul class="compose-problems">
                {view.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          {view.notes.map((n) => (
            <p key={n} class="compose-note">
              {n}
            </p>
          ))}
          <ComposeRoutes plans={view.plans} disabled={blocked || compose.busy.value} onUse={(plan) => void actions.used(plan)} />
          <div class="compose-marks">
            <button type="button" class="primary" disabled={blocked || compose.busy.value} onClick={() => void actions.markSent(prospect, view.template.id, view.step)}>
              Mark step {view.step + 1} sent
            </button>
            <button type="button" disabled={compose.busy.value} onClick={() => void actions.close(prospect, 'replied')}>
              Replied
            </button>
            <button type="button" disabled={compose.busy.value} onClick={() => void actions.close(prospect, 'won')}>
              Won
            </button>
          </div>
        </>
      );
    }
  }
  const pacing = pacingHint(outreach.sentToday.value, Date.now());
  return (
    <section class="compose" aria-labelledby="compose-title">
      <header class="compose-header">
        <h3 id="compose-title">Compose</h3>
        <span class={pacing.caution ? 'compose-pacing caution' : 'compose-pacing muted'} data-testid="pacing">
          {pacing.text}
        </span>
      </header>
      {body}
      <p class={notice?.tone === 'error' ? 'inline-error' : 'compose-notice'} role={notice?.tone === 'error' ? 'alert' : 'status'} aria-live="polite">
        {notice?.text ?? ''}
      </p>
    </section>
  );
}
