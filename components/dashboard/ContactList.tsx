import type { Contact } from '@/lib/schemas/page-scan';
import { contactKindSchema } from '@/lib/schemas/page-scan';
import { CONTACT_KIND_LABELS } from '@/components/common/labels';

interface Props {
  contacts: readonly Contact[];
  onChange: (contacts: Contact[]) => void;
}

/** A prospect's contacts with where each was found; add by hand, remove any. */
export function ContactList({ contacts, onChange }: Props) {
  return (
    <div class="contact-list">
      {contacts.length === 0 ? (
        <p class="muted">No contacts.</p>
      ) : (
        <ul>
          {contacts.map((c, i) => (
            <li key={`${c.kind}:${c.value}`}>
              <span class="badge count">{CONTACT_KIND_LABELS[c.kind]}</span>
              <span class="contact-main">
                <span class="mono value">{c.value}</span>
                <span class="contact-details">
                  {(c.name || c.position) && <span class="person">{[c.name, c.position].filter(Boolean).join(', ')}</span>}
                  {c.confidence !== undefined && <span class="muted">{c.confidence}% confidence</span>}
                  <span class="muted source">{c.source}</span>
                </span>
              </span>
              <button type="button" aria-label={`Remove contact ${c.value}`} onClick={() => onChange(contacts.filter((_, j) => j !== i))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const value = (form.elements.namedItem('value') as HTMLInputElement).value.trim();
          const kind = contactKindSchema.parse((form.elements.namedItem('kind') as HTMLSelectElement).value);
          if (!value) return;
          onChange([...contacts, { kind, value: kind === 'email' ? value.toLowerCase() : value, source: 'added by hand' }]);
          form.reset();
        }}
      >
        <label for="contact-kind" class="visually-hidden">
          Contact kind
        </label>
        <select id="contact-kind" name="kind">
          {contactKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {CONTACT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <label for="contact-value" class="visually-hidden">
          New contact
        </label>
        <input id="contact-value" name="value" placeholder="e-mail, phone or URL" required />
        <button type="submit">Add contact</button>
      </form>
    </div>
  );
}
