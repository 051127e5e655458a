import type { DashboardApi } from './api';
import { formatDay } from '@/lib/state/dashboard/dates';

/** The do-not-contact list: domains (with their subdomains) and addresses that compose refuses. */
export function DoNotContactView({ app }: { app: DashboardApi }) {
  const { outreach, templates: state, templateActions: actions } = app;
  const list = outreach.doNotContact.value;
  const status = state.dncStatus.value;
  return (
    <section class="dnc-view" aria-labelledby="dnc-title">
      <h2 id="dnc-title">Do not contact</h2>
      <p class="muted">Compose is blocked for these domains (and their subdomains) and addresses, and their prospects carry a badge everywhere.</p>
      <form
        class="dnc-add"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const value = (form.elements.namedItem('dnc-value') as HTMLInputElement).value;
          const reason = (form.elements.namedItem('dnc-reason') as HTMLInputElement).value;
          void actions.addDnc(value, reason).then(() => {
            if (state.dncStatus.value.kind === 'saved') form.reset();
          });
        }}
      >
        <label for="dnc-value">Domain or e-mail address</label>
        <input id="dnc-value" name="dnc-value" placeholder="example.com or name@example.com" required />
        <label for="dnc-reason">Reason (optional)</label>
        <input id="dnc-reason" name="dnc-reason" placeholder="Asked not to be contacted" />
        <button type="submit" class="primary">
          Add
        </button>
      </form>
      <p class={status.kind === 'error' ? 'inline-error' : 'muted'} role={status.kind === 'error' ? 'alert' : 'status'}>
        {status.kind === 'idle' ? '' : status.message}
      </p>
      {outreach.error.value && <p class="inline-error" role="alert">{outreach.error.value}</p>}
      {list === null ? (
        <p class="muted">Loading the list…</p>
      ) : list.length === 0 ? (
        <p class="empty-state">Nobody is on the list.</p>
      ) : (
        <ul class="dnc-list" aria-label="Do-not-contact entries">
          {list.map((entry) => (
            <li key={entry.id}>
              <span class="mono">{entry.value}</span>
              <span class="muted">
                {entry.kind === 'domain' ? 'domain' : 'address'} · added {formatDay(entry.createdAt)}
                {entry.reason && ` · ${entry.reason}`}
              </span>
              <button type="button" class="push" onClick={() => void actions.removeDnc(entry.id, entry.value)} aria-label={`Remove ${entry.value}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
