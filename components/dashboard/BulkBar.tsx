import type { Campaign, ProspectStatus } from '@/lib/schemas/prospect';
import { CampaignOptions, StatusOptions } from '@/components/common/options';
import { plural } from '@/lib/text/plural';
import { formatCount } from '@/lib/text/numbers';

interface Props {
  count: number;
  matching: number;
  campaigns: readonly Campaign[];
  onStatus: (status: ProspectStatus) => void;
  onTag: (tag: string) => void;
  onCampaign: (campaignId: string | null) => void;
  onNewCampaign: (name: string) => void;
  onDelete: () => void;
  onToxic: (toxic: boolean) => void;
  onSelectAllMatching: () => void;
  onClear: () => void;
}

const NEW = '__new__';

function field(form: HTMLFormElement, name: string): string {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.value : '';
}

/** Actions on the selected rows: status, tag, campaign, delete. */
export function BulkBar({ count, matching, campaigns, onStatus, onTag, onCampaign, onNewCampaign, onDelete, onToxic, onSelectAllMatching, onClear }: Props) {
  const noun = plural(count, 'prospect');
  return (
    <section class="bulk" aria-label="Selected prospects" data-testid="bulk-bar">
      <p class="bulk-count">
        <strong>{formatCount(count)}</strong> {noun} selected
        {count < matching && (
          <button type="button" class="link-button" onClick={onSelectAllMatching}>
            Select all {formatCount(matching)} matching
          </button>
        )}
        <button type="button" class="link-button" onClick={onClear}>
          Clear selection
        </button>
      </p>
      <form
        class="bulk-form"
        onSubmit={(e) => {
          e.preventDefault();
          onStatus(field(e.currentTarget, 'status') as ProspectStatus);
        }}
      >
        <label for="bulk-status">Status</label>
        <select id="bulk-status" name="status">
          <StatusOptions />
        </select>
        <button type="submit">Set status</button>
      </form>
      <form
        class="bulk-form"
        onSubmit={(e) => {
          e.preventDefault();
          const tag = field(e.currentTarget, 'tag').trim();
          if (tag) onTag(tag);
          e.currentTarget.reset();
        }}
      >
        <label for="bulk-tag">Tag</label>
        <input id="bulk-tag" name="tag" size={10} required />
        <button type="submit">Add tag</button>
      </form>
      <form
        class="bulk-form"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const value = field(form, 'campaign');
          if (value === NEW) {
            const name = field(form, 'new-campaign').trim();
            if (name) onNewCampaign(name);
          } else onCampaign(value || null);
        }}
      >
        <label for="bulk-campaign">Campaign</label>
        <select id="bulk-campaign" name="campaign">
          <option value="">No campaign</option>
          <CampaignOptions campaigns={campaigns} />
          <option value={NEW}>New campaign…</option>
        </select>
        <label for="bulk-new-campaign" class="visually-hidden">
          New campaign name
        </label>
        <input id="bulk-new-campaign" name="new-campaign" size={12} placeholder="new campaign name" />
        <button type="submit">Set campaign</button>
      </form>
      <span class="bulk-form" role="group" aria-label="Toxic flag">
        <button type="button" onClick={() => onToxic(true)}>
          Mark toxic
        </button>
        <button type="button" onClick={() => onToxic(false)}>
          Mark not toxic
        </button>
      </span>
      <button type="button" class="danger" onClick={onDelete}>
        Delete {formatCount(count)} {noun}
      </button>
    </section>
  );
}
