import type { SerpState } from '@/lib/state/popup/serp-state';
import type { SerpController } from '@/lib/state/popup/serp-controller';
import { StateMessage } from '@/components/common/StateMessage';
import { ResultItem } from './ResultItem';
import { ResultsOptions } from './ResultsOptions';
import { ResultsActions } from './ResultsActions';

const ENGINE: Record<string, string> = { google: 'Google', bing: 'Bing', duckduckgo: 'DuckDuckGo' };

type Actions = Pick<SerpController, 'reread' | 'toggle' | 'selectAll' | 'setOnePerDomain' | 'setSkipDays' | 'saveSelected' | 'saveAllNew' | 'qualifySelected' | 'openSettings'>;

/** The popup on a search results page: the results the user sees, to save or qualify. */
export function ResultsView({ state, actions, now }: { state: SerpState; actions: Actions; now: number }) {
  const view = state.view.value;
  if (view.phase === 'loading') return <StateMessage tone="loading" title="Reading the results…" />;
  if (view.phase === 'error')
    return (
      <StateMessage tone="error" title="The results could not be read">
        <p>{view.message}</p>
        <button type="button" onClick={() => void actions.reread()}>
          Try again
        </button>
      </StateMessage>
    );
  const { read } = view;
  if (read.results.length === 0)
    return (
      <StateMessage tone="info" title="This results layout is not recognised">
        <p data-testid="layout-unknown">
          {ENGINE[read.engine]} shows results in a way Linkscout cannot read yet. You can add selectors for it in Settings.
        </p>
        <button type="button" onClick={actions.openSettings}>
          Open Settings
        </button>
      </StateMessage>
    );
  const listing = state.listing.value;
  const selected = state.selected.value;
  return (
    <section class="panel" aria-label="Search results">
      <p class="results-query">
        <span class="muted">{ENGINE[read.engine]}:</span> <span class="mono">{read.query}</span>
        {read.layout === 'structure' && <span class="muted"> · read by page structure</span>}
      </p>
      <ResultsOptions
        onePerDomain={state.onePerDomain.value}
        skipDays={state.skipContactedDays.value}
        hidden={listing}
        onOnePerDomain={actions.setOnePerDomain}
        onSkipDays={actions.setSkipDays}
      />
      <ResultsActions
        selected={state.selectedRows.value.length}
        total={listing.rows.length}
        fresh={state.newRows.value.length}
        busy={state.busy.value}
        onSelectAll={actions.selectAll}
        onSaveSelected={() => void actions.saveSelected()}
        onSaveAllNew={() => void actions.saveAllNew()}
        onQualify={() => void actions.qualifySelected()}
      />
      {state.error.value && (
        <p class="inline-error" role="alert">
          {state.error.value}
        </p>
      )}
      <div class="scroll">
        {listing.rows.length === 0 ? (
          <StateMessage tone="info" title="Every result is hidden by the options above" />
        ) : (
          <ol class="results" aria-label={`${listing.rows.length} results`}>
            {listing.rows.map((row) => (
              <ResultItem key={row.url} row={row} checked={selected.has(row.url)} now={now} onToggle={actions.toggle} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
