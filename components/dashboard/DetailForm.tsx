import type { Campaign, OpportunityType, Prospect, ProspectStatus } from '@/lib/schemas/prospect';
import type { ProspectPatch } from '@/lib/db/prospect-patch';
import { dayStart, toDayInput } from '@/lib/state/dashboard/dates';
import { parseTags } from '@/lib/state/tags';
import { CampaignOptions, StatusOptions, TypeOptions } from '@/components/common/options';
import { ContactList } from './ContactList';
import { Field } from '@/components/common/Field';

interface Props {
  prospect: Prospect;
  campaigns: readonly Campaign[];
  onEdit: (patch: ProspectPatch) => void;
}

/**
 * Every field the user decides. Selects, dates and boxes save at once; text fields save when they
 * lose focus (their `change` event), and are re-keyed on each stored update so they show it.
 */
export function DetailForm({ prospect: p, campaigns, onEdit }: Props) {
  const version = `${p.id}:${p.updatedAt}`;
  return (
    <div class="detail-form">
      <Field id="detail-page-title" label="Title">
        <input id="detail-page-title" key={`title-${version}`} defaultValue={p.title} onChange={(e) => onEdit({ title: e.currentTarget.value })} />
      </Field>
      <div class="field-pair">
        <Field id="detail-type" label="Type">
          <select id="detail-type" value={p.opportunityType} onChange={(e) => onEdit({ opportunityType: e.currentTarget.value as OpportunityType })}>
            <TypeOptions />
          </select>
        </Field>
        <Field id="detail-status" label="Status">
          <select id="detail-status" value={p.status} onChange={(e) => onEdit({ status: e.currentTarget.value as ProspectStatus })}>
            <StatusOptions />
          </select>
        </Field>
      </div>
      <div class="field-pair">
        <Field id="detail-campaign" label="Campaign">
          <select id="detail-campaign" value={p.campaignId ?? ''} onChange={(e) => onEdit({ campaignId: e.currentTarget.value || null })}>
            <option value="">No campaign</option>
            <CampaignOptions campaigns={campaigns} />
          </select>
        </Field>
        <Field id="detail-follow-up" label="Follow-up">
          <input id="detail-follow-up" type="date" value={toDayInput(p.followUpAt)} onChange={(e) => onEdit({ followUpAt: dayStart(e.currentTarget.value) })} />
        </Field>
      </div>
      <Field id="detail-tags" label="Tags (comma-separated)">
        <input id="detail-tags" key={`tags-${version}`} defaultValue={p.tags.join(', ')} onChange={(e) => onEdit({ tags: parseTags(e.currentTarget.value) })} />
      </Field>
      <Field id="detail-notes" label="Notes">
        <textarea id="detail-notes" key={`notes-${version}`} rows={4} defaultValue={p.notes} onChange={(e) => onEdit({ notes: e.currentTarget.value })} />
      </Field>
      <label class="check">
        <input type="checkbox" checked={p.toxic} onChange={(e) => onEdit({ toxic: e.currentTarget.checked })} />
        Toxic: list this domain in disavow.txt
      </label>
      <h3>Contacts</h3>
      <ContactList contacts={p.contacts} onChange={(contacts) => onEdit({ contacts })} />
    </div>
  );
}
