import type { CheckActions } from './CheckBar';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import type { ProspectPatch } from '@/lib/db/prospect-patch';
import { SaveBar } from './SaveBar';

import type { PopupState, PopupTab } from '@/lib/state/popup-state';
import { StateMessage } from './StateMessage';
import { Totals } from './Totals';
import { Tabs } from './Tabs';
import { LinksPanel } from './LinksPanel';
import { ContactsPanel } from './ContactsPanel';
import { PagePanel } from './PagePanel';

export interface PopupActions extends CheckActions {
  rescan: () => void;
  copy: (text: string, what: string) => void;
  toggleHighlight: () => void;
  openSettings: () => void;
  recheck: (link: ScannedLink) => void;
  saveProspect: () => void;
  editProspect: (patch: ProspectPatch) => void;
  openDashboard: () => void;
}

/** The popup: one scan of the current tab in three views (links, contacts, page). */
export function PopupApp({ state, actions }: { state: PopupState; actions: PopupActions }) {
  const view = state.view.value;
  const scan = state.scan.value;
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
        <button type="button" onClick={actions.rescan}>
          Try again
        </button>
      </StateMessage>
    );
  else {
    const totals = state.totals.value;
    const tabs: { id: PopupTab; label: string; count?: number }[] = [
      { id: 'links', label: 'Links', count: view.scan.links.length },
      { id: 'contacts', label: 'Contacts', count: view.scan.contacts.length },
      { id: 'page', label: 'Page' },
    ];
    const p = state.prospect;
    body = (
      <>
        <SaveBar
          saved={p.saved.value}
          domain={p.domain.value}
          campaigns={p.campaigns.value}
          busy={p.busy.value}
          error={p.error.value}
          onSave={actions.saveProspect}
          onEdit={actions.editProspect}
          onOpenDashboard={actions.openDashboard}
        />
        {totals && <Totals totals={totals} />}
        <Tabs tabs={tabs} value={state.tab.value} onChange={(t) => (state.tab.value = t)}>
          {state.tab.value === 'links' && (
            <LinksPanel
              state={state}
              onCopy={(urls) => actions.copy(urls.join('\n'), `${urls.length} URL${urls.length === 1 ? '' : 's'}`)}
              checkActions={actions}
              extras={{ verdicts: state.check.verdicts.value, onRecheck: actions.recheck }}
            />
          )}
          {state.tab.value === 'contacts' && <ContactsPanel contacts={view.scan.contacts} onCopy={(v) => actions.copy(v, v)} />}
          {state.tab.value === 'page' && <PagePanel scan={view.scan} onOpenSettings={actions.openSettings} />}
        </Tabs>
      </>
    );
  }
  const highlight = state.highlight.value;
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
        {view.phase === 'ready' && (
          <button type="button" aria-pressed={highlight.on} onClick={actions.toggleHighlight} title="Outline this page's outbound links by type">
            Highlight
          </button>
        )}
        <button type="button" onClick={actions.rescan} disabled={view.phase === 'loading'} title="Scan the page again">
          Rescan
        </button>
        <button type="button" onClick={actions.openSettings} title="Settings: your domains, keywords, link checking">
          Settings
        </button>
      </header>
      {highlight.error && (
        <p class="inline-error" role="alert">
          {highlight.error}
        </p>
      )}
      {body}
      <p class="visually-hidden" role="status" aria-live="polite">
        {state.notice.value}
      </p>
      {state.notice.value && (
        <p class="toast" aria-hidden="true">
          {state.notice.value}
        </p>
      )}
    </main>
  );
}
