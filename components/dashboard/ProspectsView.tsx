import type { DashboardApi } from './api';
import { FilterBar } from './FilterBar';
import { BulkBar } from './BulkBar';
import { ProspectTable } from './ProspectTable';
import { Pager } from './Pager';
import { StateMessage } from '@/components/common/StateMessage';
import { RawExport } from './RawExport';

/** The prospects list: filters, bulk actions, the table and its pages, or the state in their place. */
export function ProspectsView({ app }: { app: DashboardApi }) {
  const { state, actions } = app;
  const table = state.table.value;
  const selected = [...state.selection.value];
  let body;
  if (table.phase === 'loading') body = <StateMessage tone="loading" title="Loading prospects…" testId="loading" />;
  else if (table.phase === 'error')
    body = (
      <StateMessage tone="error" title="The prospects could not be read" testId="read-error">
        <p>{table.message}</p>
        <RawExport />
      </StateMessage>
    );
  // The first page of the unfiltered list is empty only when nothing is saved (rows come before counts).
  else if (table.rows.length === 0 && !state.filtered.value)
    body = (
      <StateMessage tone="empty" title="No prospects yet" testId="empty-all">
        <p>Open any page, click the Linkscout icon and Save prospect.</p>
        <p>
          Or bring prospects in from a spreadsheet:{' '}
          <button type="button" class="link-button" onClick={() => actions.showView('transfer')}>
            import a CSV file
          </button>
        </p>
      </StateMessage>
    );
  else if (table.rows.length === 0)
    body = (
      <StateMessage tone="empty" title="No prospect matches these filters" testId="empty-filtered">
        <button type="button" class="primary" onClick={actions.clearFilters}>
          Clear filters
        </button>
      </StateMessage>
    );
  else
    body = (
      <>
        <ProspectTable
          rows={table.rows}
          campaigns={state.campaigns.value}
          sort={state.sort.value}
          selection={state.selection.value}
          busy={state.refreshing.value}
          doNotContact={app.outreach.doNotContact.value ?? []}
          onSort={actions.sortBy}
          onToggleRow={actions.toggleRow}
          onTogglePage={actions.togglePage}
          onOpen={actions.openDetail}
          onEdit={(id, patch) => void actions.edit(id, patch)}
        />
        <Pager page={state.page.value} total={state.total.value} more={table.more} shown={table.rows.length} onPage={actions.goToPage} />
      </>
    );
  return (
    <>
      <FilterBar
        filters={state.filters.value}
        searchInput={state.searchInput.value}
        campaigns={state.campaigns.value}
        tags={state.tags.value}
        filtered={state.filtered.value}
        onChange={actions.setFilters}
        onSearch={actions.setSearch}
        onClear={actions.clearFilters}
        onTagsWanted={() => void actions.loadTags()}
      />
      {selected.length > 0 && (
        <BulkBar
          count={selected.length}
          matching={state.total.value ?? 0}
          campaigns={state.campaigns.value}
          onStatus={(status) => void actions.setStatus(selected, status)}
          onTag={(tag) => void actions.addTag(selected, tag)}
          onCampaign={(id) => void actions.setCampaign(selected, id)}
          onNewCampaign={(name) => void actions.newCampaign(selected, name)}
          onDelete={() => void actions.remove(selected)}
          onToxic={(toxic) => void actions.setToxic(selected, toxic)}
          onSelectAllMatching={() => void actions.selectAllMatching()}
          onClear={actions.clearSelection}
        />
      )}
      {body}
    </>
  );
}
