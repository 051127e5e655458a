import { useEffect, useRef } from 'preact/hooks';
import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { Contact } from '@/lib/schemas/page-scan';
import type { ProspectPatch } from '@/lib/db/prospect-patch';
import { parseTags } from '@/lib/state/tags';
import type { DomainSummary } from '@/lib/db/prospect-lookups';
import { STATUS_LABELS } from '@/components/common/labels';
import { CampaignOptions, StatusOptions, TypeOptions } from '@/components/common/options';
import { plural } from '@/lib/text/plural';

interface Props {
  saved: Prospect | null;
  domain: DomainSummary | null;
  campaigns: readonly Campaign[];
  busy: boolean;
  error: string;
  onSave: () => void;
  onEdit: (patch: ProspectPatch) => void;
  onOpenDashboard: () => void;
}

function DomainNote({ domain, saved }: { domain: DomainSummary | null; saved: boolean }) {
  const others = (domain?.count ?? 0) - (saved ? 1 : 0);
  if (!domain || others <= 0) return null;
  return (
    <p class="domain-note" data-testid="domain-note">
      {others} other {plural(others, 'prospect')} on this domain
      {domain.lastStatus && `, last status ${STATUS_LABELS[domain.lastStatus].toLowerCase()}`}
    </p>
  );
}

function ContactEditor({ contacts, onChange }: { contacts: readonly Contact[]; onChange: (c: Contact[]) => void }) {
  return (
    <div class="contact-editor">
      <ul>
        {contacts.map((c, i) => (
          <li key={`${c.kind}:${c.value}`}>
            <span class="mono">{c.value}</span> <span class="muted">{c.kind}</span>
            <button type="button" aria-label={`Remove ${c.value}`} onClick={() => onChange(contacts.filter((_, j) => j !== i))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const input = e.currentTarget.elements.namedItem('new-contact') as HTMLInputElement;
          const value = input.value.trim();
          if (!value) return;
          const kind = value.includes('@') ? 'email' : /^https?:/i.test(value) ? 'contact-page' : 'phone';
          onChange([...contacts, { kind, value: kind === 'email' ? value.toLowerCase() : value, source: 'added by hand' }]);
          input.value = '';
        }}
      >
        <input name="new-contact" aria-label="Add a contact (e-mail, phone or URL)" placeholder="Add e-mail, phone or URL" />
        <button type="submit">Add</button>
      </form>
    </div>
  );
}

/** What the last "update from this scan" added, from the history. */
function LastScan({ saved }: { saved: Prospect }) {
  const last = [...saved.history].reverse().find((h) => h.kind === 'note' && h.field === 'scan');
  if (!last || last.kind !== 'note') return null;
  return (
    <span class="muted" role="status">
      {last.note}
    </span>
  );
}

/** Save the page as a prospect in one click; once saved, edit it in place or update it from a new scan. */
export function SaveBar({ saved, domain, campaigns, busy, error, onSave, onEdit, onOpenDashboard }: Props) {
  // The Save button gives way to the saved prospect's status: keyboard focus moves there instead of being lost.
  const status = useRef<HTMLSelectElement>(null);
  const focusAfterSave = useRef(false);
  useEffect(() => {
    if (!saved || !focusAfterSave.current) return;
    focusAfterSave.current = false;
    status.current?.focus();
  }, [saved]);
  return (
    <section class="savebar" aria-label="Prospect">
      {!saved ? (
        <div class="row">
          <button
            type="button"
            class="primary"
            onClick={() => {
              focusAfterSave.current = true;
              onSave();
            }}
            disabled={busy}
          >
            {busy ? 'Saving…' : 'Save prospect'}
          </button>
          <DomainNote domain={domain} saved={false} />
          <button type="button" class="link-button push" onClick={onOpenDashboard}>
            Dashboard
          </button>
        </div>
      ) : (
        <>
          <div class="row">
            <span class="saved-mark" data-testid="saved-mark">
              ✓ Saved
            </span>
            <label class="visually-hidden" for="prospect-status">
              Status
            </label>
            <select id="prospect-status" ref={status} value={saved.status} onChange={(e) => onEdit({ status: e.currentTarget.value as Prospect['status'] })}>
              <StatusOptions />
            </select>
            <label class="visually-hidden" for="prospect-type">
              Opportunity type
            </label>
            <select id="prospect-type" value={saved.opportunityType} onChange={(e) => onEdit({ opportunityType: e.currentTarget.value as Prospect['opportunityType'] })}>
              <TypeOptions />
            </select>
            <button type="button" class="link-button push" onClick={onOpenDashboard}>
              Dashboard
            </button>
          </div>
          <DomainNote domain={domain} saved />
          <div class="row update-row">
            <button type="button" onClick={onSave} disabled={busy} data-testid="update-from-scan" aria-label="Update from this scan" title="Add what this scan found that the prospect lacks: new contacts, dead links, links to your site">
              {busy ? 'Updating…' : 'Update'}
            </button>
            <LastScan saved={saved} />
          </div>
          <details class="prospect-edit">
            <summary title="Tags, campaign, notes and contacts of this prospect">Details</summary>
            <label for="prospect-tags">Tags (comma-separated)</label>
            <input id="prospect-tags" defaultValue={saved.tags.join(', ')} onChange={(e) => onEdit({ tags: parseTags(e.currentTarget.value) })} />
            <label for="prospect-campaign">Campaign</label>
            <select id="prospect-campaign" value={saved.campaignId ?? ''} onChange={(e) => onEdit({ campaignId: e.currentTarget.value || null })}>
              <option value="">No campaign</option>
              <CampaignOptions campaigns={campaigns} />
            </select>
            <label for="prospect-notes">Notes</label>
            <textarea id="prospect-notes" rows={3} defaultValue={saved.notes} onChange={(e) => onEdit({ notes: e.currentTarget.value })} />
            <p class="field-label">Contacts</p>
            <ContactEditor contacts={saved.contacts} onChange={(contacts) => onEdit({ contacts })} />
          </details>
        </>
      )}
      {error && (
        <p class="inline-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
