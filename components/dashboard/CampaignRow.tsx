import { useState } from 'preact/hooks';
import type { Campaign } from '@/lib/schemas/prospect';
import { formatCount } from '@/lib/text/numbers';

interface Props {
  campaign: Campaign;
  count: number | null;
  onRename: (name: string) => Promise<boolean>;
  onDelete: () => Promise<boolean>;
}

const prospects = (n: number) => `${formatCount(n)} prospect${n === 1 ? '' : 's'}`;

/** One campaign: its name and prospect count, rename in place, delete after saying what happens to its prospects. */
export function CampaignRow({ campaign, count, onRename, onDelete }: Props) {
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(campaign.name);
  const inputId = `rename-${campaign.id}`;
  return (
    <li class="campaign-row" data-testid="campaign-row">
      {mode === 'rename' ? (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void onRename(name).then((ok) => ok && setMode('view'));
          }}
        >
          <label for={inputId} class="visually-hidden">
            New name for {campaign.name}
          </label>
          <input id={inputId} value={name} onInput={(e) => setName(e.currentTarget.value)} required autoFocus />
          <button type="submit" class="primary">
            Save name
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <span class="campaign-name">{campaign.name}</span>
          <span class="muted">{count === null ? 'counting…' : prospects(count)}</span>
          <span class="actions">
            <button type="button" aria-label={`Rename ${campaign.name}`} onClick={() => (setName(campaign.name), setMode('rename'))}>
              Rename
            </button>
            <button type="button" class="danger" aria-label={`Delete ${campaign.name}`} onClick={() => setMode('delete')}>
              Delete
            </button>
          </span>
        </>
      )}
      {mode === 'delete' && (
        <div class="confirm-inline" role="alertdialog" aria-label={`Delete ${campaign.name}?`}>
          <p>
            Delete the campaign “{campaign.name}”? {count ? `Its ${prospects(count)} stay, in no campaign.` : 'It has no prospects.'} Nothing else is
            deleted.
          </p>
          <button type="button" class="danger" onClick={() => void onDelete()}>
            Delete campaign
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Keep it
          </button>
        </div>
      )}
    </li>
  );
}
