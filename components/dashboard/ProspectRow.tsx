import type { Prospect, ProspectStatus } from '@/lib/schemas/prospect';
import type { ProspectPatch } from '@/lib/db/prospect-patch';
import { TYPE_LABELS } from '@/components/common/labels';
import { formatDay } from '@/lib/state/dashboard/dates';
import { FollowUpCell } from './FollowUpCell';
import { StatusOptions } from '@/components/common/options';
import { DncBadge } from '@/components/common/DncBadge';

interface Props {
  prospect: Prospect;
  campaignName: string;
  selected: boolean;
  /** Why this prospect must not be contacted, or null. */
  dnc: string | null;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
  onEdit: (id: string, patch: ProspectPatch) => void;
}

/** One prospect in the table; status and follow-up date are edited in place. */
export function ProspectRow({ prospect: p, campaignName, selected, dnc, onToggle, onOpen, onEdit }: Props) {
  const name = p.title || p.url;
  const email = p.contacts.find((c) => c.kind === 'email')?.value ?? '';
  return (
    <tr data-testid="prospect-row" data-id={p.id} class={selected ? "selected" : undefined}>
      <td class="col-check">
        <input type="checkbox" checked={selected} onChange={() => onToggle(p.id)} aria-label={`Select ${name}`} />
      </td>
      <td class="col-page">
        <button type="button" class="link-button title" onClick={() => onOpen(p.id)} title="Open the details">
          {p.title || '(untitled page)'}
        </button>
        <a class="url mono" href={p.url} target="_blank" rel="noopener noreferrer">
          {p.url}
        </a>
      </td>
      <td class="col-domain">
        {p.domain}
        <DncBadge reason={dnc} />
      </td>
      <td>{TYPE_LABELS[p.opportunityType]}</td>
      <td>
        <select class="status-select" value={p.status} aria-label={`Status of ${name}`} onChange={(e) => onEdit(p.id, { status: e.currentTarget.value as ProspectStatus })}>
          <StatusOptions />
        </select>
      </td>
      <td>{campaignName}</td>
      <td class="col-tags">
        {p.tags.map((t) => (
          <span class="badge tag" key={t}>
            {t}
          </span>
        ))}
      </td>
      <td class="col-email">{email}</td>
      <td class="num">{p.relevance}</td>
      <td>
        <FollowUpCell value={p.followUpAt} name={name} onChange={(followUpAt) => onEdit(p.id, { followUpAt })} />
      </td>
      <td class="col-date">{formatDay(p.updatedAt)}</td>
    </tr>
  );
}
