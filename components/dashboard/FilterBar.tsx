import type { Campaign } from '@/lib/schemas/prospect';
import { NO_CAMPAIGN, OPEN_STATUS, type FilterDraft } from '@/lib/state/dashboard/filters';
import { CampaignOptions, StatusOptions, TypeOptions } from '@/components/common/options';
import { Field } from '@/components/common/Field';

interface Props {
  filters: FilterDraft;
  searchInput: string;
  campaigns: readonly Campaign[];
  tags: readonly string[];
  filtered: boolean;
  onChange: (patch: Partial<FilterDraft>) => void;
  onSearch: (text: string) => void;
  onClear: () => void;
  /** The tag list is read when the tag filter is about to be used. */
  onTagsWanted: () => void;
}

type DateKey = 'createdFrom' | 'createdTo' | 'updatedFrom' | 'updatedTo' | 'followUpFrom' | 'followUpTo';
const RANGES: ReadonlyArray<{ label: string; from: DateKey; to: DateKey }> = [
  { label: 'Created', from: 'createdFrom', to: 'createdTo' },
  { label: 'Updated', from: 'updatedFrom', to: 'updatedTo' },
  { label: 'Follow-up', from: 'followUpFrom', to: 'followUpTo' },
];

/** Search and filters above the table. Every control has a visible label. */
export function FilterBar({ filters, searchInput, campaigns, tags, filtered, onChange, onSearch, onClear, onTagsWanted }: Props) {
  const tagOptions = filters.tag && !tags.includes(filters.tag) ? [filters.tag, ...tags] : tags;
  const datesSet = RANGES.some((r) => filters[r.from] || filters[r.to]);
  return (
    <div class="filters" role="search" aria-label="Filter prospects">
      <div class="filter-row">
        <Field id="filter-search" label="Search" class="grow">
          <input id="filter-search" type="search" value={searchInput} placeholder="URL, title, notes or contact" onInput={(e) => onSearch(e.currentTarget.value)} />
        </Field>
        <Field id="filter-status" label="Status">
          <select id="filter-status" value={filters.status} onChange={(e) => onChange({ status: e.currentTarget.value as FilterDraft['status'] })}>
            <option value="">Any status</option>
            <option value={OPEN_STATUS}>Any open status</option>
            <StatusOptions />
          </select>
        </Field>
        <Field id="filter-type" label="Type">
          <select id="filter-type" value={filters.type} onChange={(e) => onChange({ type: e.currentTarget.value as FilterDraft['type'] })}>
            <option value="">Any type</option>
            <TypeOptions />
          </select>
        </Field>
        <Field id="filter-campaign" label="Campaign">
          <select id="filter-campaign" value={filters.campaign} onChange={(e) => onChange({ campaign: e.currentTarget.value })}>
            <option value="">Any campaign</option>
            <option value={NO_CAMPAIGN}>No campaign</option>
            <CampaignOptions campaigns={campaigns} />
          </select>
        </Field>
        <Field id="filter-tag" label="Tag">
          <select id="filter-tag" value={filters.tag} onFocus={onTagsWanted} onPointerDown={onTagsWanted} onChange={(e) => onChange({ tag: e.currentTarget.value })}>
            <option value="">Any tag</option>
            {tagOptions.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-domain" label="Domain (and subdomains)">
          <input id="filter-domain" value={filters.domain} placeholder="example.com" size={14} onChange={(e) => onChange({ domain: e.currentTarget.value })} />
        </Field>
        <Field id="filter-e-mail" label="E-mail">
          <select id="filter-e-mail" value={filters.hasEmail} onChange={(e) => onChange({ hasEmail: e.currentTarget.value as FilterDraft['hasEmail'] })}>
            <option value="">Any</option>
            <option value="yes">Has e-mail</option>
            <option value="no">No e-mail</option>
          </select>
        </Field>
        <Field id="filter-toxic" label="Toxic">
          <select id="filter-toxic" value={filters.toxic} onChange={(e) => onChange({ toxic: e.currentTarget.value as FilterDraft['toxic'] })}>
            <option value="">Any</option>
            <option value="yes">Toxic</option>
            <option value="no">Not toxic</option>
          </select>
        </Field>
        {filtered && (
          <button type="button" class="clear-filters" onClick={onClear}>
            Clear filters
          </button>
        )}
      </div>
      <details class="date-filters" open={datesSet}>
        <summary>Date ranges{datesSet ? ' (set)' : ''}</summary>
        <div class="filter-row">
          {RANGES.map((r) => (
            <fieldset key={r.label} class="date-range">
              <legend>{r.label}</legend>
              <label>
                <span>from</span>
                <input type="date" value={filters[r.from]} onChange={(e) => onChange({ [r.from]: e.currentTarget.value })} />
              </label>
              <label>
                <span>to</span>
                <input type="date" value={filters[r.to]} onChange={(e) => onChange({ [r.to]: e.currentTarget.value })} />
              </label>
            </fieldset>
          ))}
        </div>
      </details>
    </div>
  );
}
