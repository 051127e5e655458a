import { Field } from '@/components/common/Field';
import type { SaveStatus, SettingsDraft } from '@/lib/state/options/draft';
import { OutreachFields } from './OutreachFields';

type Errors = Partial<Record<keyof SettingsDraft, string>>;

interface Props {
  draft: SettingsDraft;
  errors: Errors;
  status: SaveStatus;
  onChange: (patch: Partial<SettingsDraft>) => void;
  onSubmit: () => void;
}

/** The settings form: presentational, takes the draft and reports edits. */
export function OptionsForm({ draft, errors, status, onChange, onSubmit }: Props) {
  const described = (id: keyof SettingsDraft) => (errors[id] ? `${id}-help ${id}-error` : `${id}-help`);
  const text = (id: keyof SettingsDraft, rows = 4) => (
    <textarea id={id} rows={rows} value={draft[id] as string} aria-invalid={errors[id] ? 'true' : undefined} aria-describedby={described(id)} onInput={(e) => onChange({ [id]: e.currentTarget.value })} />
  );
  const number = (id: keyof SettingsDraft, min: number, max: number, step = 1) => (
    <input id={id} type="number" min={min} max={max} step={step} value={draft[id] as string} aria-invalid={errors[id] ? 'true' : undefined} aria-describedby={described(id)} onInput={(e) => onChange({ [id]: e.currentTarget.value })} />
  );
  return (
    <form
      class="options"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <section>
        <h2>Your sites</h2>
        <Field id="ownDomains" label="Your domains" help="One per line, e.g. example.com. Links to these sites (and their subdomains) are marked “to my site”: a backlink you already have." error={errors.ownDomains}>
          {text('ownDomains')}
        </Field>
        <Field id="keywords" label="Niche keywords" help="One per line. Pages are scored for relevance by how often these appear in their title, headings and text." error={errors.keywords}>
          {text('keywords')}
        </Field>
      </section>
      <section>
        <h2>Link checking</h2>
        <p class="help">Linkscout checks links from your browser, politely: few requests at a time to any one site, no cookies sent.</p>
        <div class="grid">
          <Field id="perHostConcurrency" label="Requests at once per site" help="1–6. Two is polite; more may trigger firewalls." error={errors.perHostConcurrency}>
            {number('perHostConcurrency', 1, 6)}
          </Field>
          <Field id="minGapMs" label="Gap between requests to one site (ms)" help="0–10000 milliseconds between request starts." error={errors.minGapMs}>
            {number('minGapMs', 0, 10000, 50)}
          </Field>
          <Field id="globalConcurrency" label="Requests at once in total" help="1–32 across all sites." error={errors.globalConcurrency}>
            {number('globalConcurrency', 1, 32)}
          </Field>
          <Field id="timeoutSeconds" label="Timeout (seconds)" help="1–60. A link that does not answer in time is marked “timeout”." error={errors.timeoutSeconds}>
            {number('timeoutSeconds', 1, 60)}
          </Field>
          <Field
            id="urlBudgetSeconds"
            label="Time per link (seconds)"
            help="1–120. A link that timed out is tried once more only with what is left of this time, so a site that never answers costs about one timeout, not several."
            error={errors.urlBudgetSeconds}
          >
            {number('urlBudgetSeconds', 1, 120)}
          </Field>
          <Field id="hopLimit" label="Redirect limit" help="1–20 redirect hops before giving up." error={errors.hopLimit}>
            {number('hopLimit', 1, 20)}
          </Field>
          <Field id="cacheTtlHours" label="Reuse results for (hours)" help="0–720. A link checked more recently is not requested again." error={errors.cacheTtlHours}>
            {number('cacheTtlHours', 0, 720)}
          </Field>
        </div>
        <Field id="exclusions" label="Never check URLs matching" help="One pattern per line: a piece of the URL, or a glob with * (e.g. *.example.com/private/*)." error={errors.exclusions}>
          {text('exclusions', 3)}
        </Field>
        <div class="field checkbox">
          <label>
            <input type="checkbox" checked={draft.allowPrivateNetwork} onChange={(e) => onChange({ allowPrivateNetwork: e.currentTarget.checked })} />
            Check links to private networks (192.168.x.x, localhost…) even from public pages
          </label>
          <p class="help">Off by default, so a web page cannot make your browser probe your local network.</p>
        </div>
        <div class="field checkbox">
          <label>
            <input type="checkbox" checked={draft.allowOneClickLinks} aria-describedby="allowOneClickLinks-help" onChange={(e) => onChange({ allowOneClickLinks: e.currentTarget.checked })} />
            Check one-click links that carry a token (confirm, verify, approve, magic sign-in)
          </label>
          <p class="help" id="allowOneClickLinks-help">
            Off by default, and best left off: requesting such a link can do what it says — confirm a subscription, accept an invitation, use up a one-time sign-in or reset link — even without
            cookies. Links that log out, delete or unsubscribe are never checked, whatever you choose here.
          </p>
        </div>
      </section>
      <OutreachFields draft={draft} errors={errors} onChange={onChange} />
      <div class="actions">
        <button type="submit" class="primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? 'Saving…' : 'Save settings'}
        </button>
        <p class={`save-status ${status.kind}`} role="status" aria-live="polite">
          {status.kind === 'saved' && 'Settings saved.'}
          {status.kind === 'error' && status.message}
        </p>
      </div>
    </form>
  );
}
