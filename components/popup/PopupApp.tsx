import type { PopupState } from '@/lib/state/popup-state';
import { StateMessage } from './StateMessage';
import { Totals } from './Totals';
import { ScopeSwitch } from './ScopeSwitch';
import { LinkGroups } from './LinkGroups';

const EMPTY_TEXT = {
  outbound: 'No outbound links on this page: every link stays on this site.',
  internal: 'No internal links on this page.',
  all: 'No links on this page.',
} as const;

/** The popup: one scan of the current tab, its totals and its links by domain. */
export function PopupApp({ state, onRescan }: { state: PopupState; onRescan: () => void }) {
  const view = state.view.value;
  let body;
  if (view.phase === 'loading') body = <StateMessage tone="loading" title="Scanning this page…" />;
  else if (view.phase === 'restricted')
    body = (
      <StateMessage tone="info" title="This page can't be scanned">
        <p data-testid="restricted-message">{view.message}</p>
      </StateMessage>
    );
  else if (view.phase === 'error')
    body = (
      <StateMessage tone="error" title="Scan failed">
        <p>{view.message}</p>
        <button type="button" onClick={onRescan}>
          Try again
        </button>
      </StateMessage>
    );
  else {
    const totals = state.totals.value;
    const groups = state.groups.value;
    body = (
      <>
        {totals && <Totals totals={totals} />}
        <div class="toolbar">
          <ScopeSwitch value={state.scope.value} onChange={(s) => (state.scope.value = s)} />
        </div>
        <div class="scroll">
          {groups.length > 0 ? (
            <LinkGroups groups={groups} />
          ) : (
            <StateMessage tone="info" title="Nothing to list">
              <p>{EMPTY_TEXT[state.scope.value]}</p>
            </StateMessage>
          )}
        </div>
      </>
    );
  }
  const scan = state.scan.value;
  return (
    <main class="popup">
      <header class="popup-header">
        <div class="page">
          <h1>Linkscout</h1>
          {scan && (
            <>
              <p class="page-title" title={scan.title}>
                {scan.title || '(untitled page)'}
              </p>
              <p class="page-host muted mono">{scan.domain}</p>
            </>
          )}
        </div>
        <button type="button" onClick={onRescan} disabled={view.phase === 'loading'} title="Scan the page again">
          Rescan
        </button>
      </header>
      {body}
    </main>
  );
}
