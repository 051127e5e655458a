import type { SettingsDraft } from '@/lib/state/options/draft';

interface Props {
  draft: SettingsDraft;
  errors: Partial<Record<keyof SettingsDraft, string>>;
  onChange: (patch: Partial<SettingsDraft>) => void;
}

type TextField = 'myName' | 'mySite' | 'gmailAccount';

const FIELDS: ReadonlyArray<{ id: TextField; label: string; help: string }> = [
  { id: 'myName', label: 'Your name', help: 'Fills {my_name} in outreach templates.' },
  { id: 'mySite', label: 'Your site', help: 'Fills {my_site}, and {replacement_url} unless you give another page when composing.' },
  { id: 'gmailAccount', label: 'Gmail account', help: 'Which signed-in Gmail account composes: 0 for the first, 1 for the second… or the account’s address.' },
];

/** Outreach settings: who the e-mails come from, and which web mail account opens them. */
export function OutreachFields({ draft, errors, onChange }: Props) {
  return (
    <section>
      <h2>Outreach</h2>
      <div class="grid">
        {FIELDS.map(({ id, label, help }) => (
          <div key={id} class={`field${errors[id] ? ' invalid' : ''}`}>
            <label for={id}>{label}</label>
            <p class="help" id={`${id}-help`}>
              {help}
            </p>
            <input
              id={id}
              value={draft[id]}
              aria-invalid={errors[id] ? 'true' : undefined}
              aria-describedby={errors[id] ? `${id}-help ${id}-error` : `${id}-help`}
              onInput={(e) => onChange({ [id]: e.currentTarget.value })}
            />
            {errors[id] && (
              <p class="field-error" id={`${id}-error`} role="alert">
                {errors[id]}
              </p>
            )}
          </div>
        ))}
        <div class="field wide">
          <label for="outlook">Outlook on the web</label>
          <p class="help" id="outlook-help">
            Work or school accounts use outlook.office.com; personal ones outlook.live.com.
          </p>
          <select id="outlook" aria-describedby="outlook-help" value={draft.outlook} onChange={(e) => onChange({ outlook: e.currentTarget.value === 'live' ? 'live' : 'office' })}>
            <option value="office">Work or school (outlook.office.com)</option>
            <option value="live">Personal (outlook.live.com)</option>
          </select>
        </div>
      </div>
    </section>
  );
}
