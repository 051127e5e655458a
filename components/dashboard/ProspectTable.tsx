import { useEffect, useRef } from 'preact/hooks';
import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { ProspectSort, SortField } from '@/lib/db/query';
import type { ProspectPatch } from '@/lib/db/prospect-patch';
import { ariaSort } from '@/lib/state/dashboard/sort';
import { pageSelectionState, type Selection } from '@/lib/state/dashboard/selection';
import type { DoNotContact } from '@/lib/schemas/outreach';
import { dncReason } from '@/components/common/DncBadge';
import { useFirstScreen } from '@/components/common/use-first-screen';
import { ProspectRow } from './ProspectRow';

/** Rows drawn in the table's first frame (a tall window's screenful); the rest follow in the next. */
export const FIRST_SCREEN_ROWS = 24;

interface Props {
  rows: readonly Prospect[];
  campaigns: readonly Campaign[];
  sort: ProspectSort;
  selection: Selection;
  busy: boolean;
  /** The do-not-contact list, for the badge on rows it covers. */
  doNotContact: readonly DoNotContact[];
  onSort: (field: SortField) => void;
  onToggleRow: (id: string) => void;
  onTogglePage: (on: boolean) => void;
  onOpen: (id: string) => void;
  onEdit: (id: string, patch: ProspectPatch) => void;
}

function SortHeader({ label, field, sort, onSort }: { label: string; field: SortField; sort: ProspectSort; onSort: (f: SortField) => void }) {
  const state = ariaSort(sort, field);
  return (
    <th scope="col" aria-sort={state}>
      <button type="button" class="sort" onClick={() => onSort(field)}>
        {label}
        <span aria-hidden="true" class="sort-mark">
          {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

/** One page of prospects. Only columns the database can order by are sortable. */
export function ProspectTable({ rows, campaigns, sort, selection, busy, doNotContact, onSort, onToggleRow, onTogglePage, onOpen, onEdit }: Props) {
  const pageIds = rows.map((r) => r.id);
  const pageState = pageSelectionState(selection, pageIds);
  const all = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (all.current) all.current.indeterminate = pageState === 'some';
  }, [pageState]);
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const shown = useFirstScreen(rows.length, FIRST_SCREEN_ROWS);
  const sortable = { sort, onSort };
  return (
    <div class="table-wrap">
      <table class="prospects" aria-busy={busy} aria-label="Prospects">
        <thead>
          <tr>
            <th scope="col" class="col-check">
              <input ref={all} type="checkbox" checked={pageState === 'all'} onChange={(e) => onTogglePage(e.currentTarget.checked)} aria-label="Select all on this page" />
            </th>
            <th scope="col">Page</th>
            <SortHeader label="Domain" field="domain" {...sortable} />
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Campaign</th>
            <th scope="col">Tags</th>
            <th scope="col">E-mail</th>
            <SortHeader label="Relevance" field="relevance" {...sortable} />
            <SortHeader label="Follow-up" field="followUpAt" {...sortable} />
            <SortHeader label="Updated" field="updatedAt" {...sortable} />
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((p) => (
            <ProspectRow
              key={p.id}
              prospect={p}
              campaignName={p.campaignId === null ? '' : (names.get(p.campaignId) ?? '')}
              selected={selection.has(p.id)}
              dnc={dncReason(p, doNotContact)}
              onToggle={onToggleRow}
              onOpen={onOpen}
              onEdit={onEdit}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
