import type { Contact, ContactKind } from '@/lib/schemas/page-scan';
import { StateMessage } from '@/components/common/StateMessage';

const KIND_LABELS: Record<ContactKind, string> = {
  email: 'E-mail',
  phone: 'Phone',
  social: 'Social profiles',
  'contact-page': 'Contact pages',
  form: 'Contact forms',
  author: 'Author',
};

/** The Contacts tab: every contact by kind, each copied on click, with where it was found. */
export function ContactsPanel({ contacts, onCopy }: { contacts: readonly Contact[]; onCopy: (value: string) => void }) {
  if (contacts.length === 0) {
    return (
      <StateMessage tone="info" title="No contacts found">
        <p>This page shows no e-mail, phone, social profile, contact page or author. Try its contact or about page.</p>
      </StateMessage>
    );
  }
  const kinds = (Object.keys(KIND_LABELS) as ContactKind[]).filter((k) => contacts.some((c) => c.kind === k));
  return (
    <div class="scroll">
      {kinds.map((kind) => (
        <section class="contact-group" key={kind} aria-labelledby={`contacts-${kind}`}>
          <h2 id={`contacts-${kind}`}>{KIND_LABELS[kind]}</h2>
          <ul class="contacts">
            {contacts
              .filter((c) => c.kind === kind)
              .map((c) => (
                <li key={`${c.kind}:${c.value}`} data-testid="contact">
                  <button type="button" class="contact-value" onClick={() => onCopy(c.value)} title="Copy">
                    <span class="mono">{c.value}</span>
                  </button>
                  <span class="muted source">{c.source}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
