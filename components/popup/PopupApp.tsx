import type { PopupState, PopupTab } from '@/lib/state/popup/state';
import type { PopupActions } from '@/lib/state/popup/actions';
import { StateMessage } from '@/components/common/StateMessage';
import { SaveBar } from './SaveBar';
import { PopupCompose } from './PopupCompose';
import { Totals } from './Totals';
import { Tabs } from './Tabs';
import { LinksPanel } from './LinksPanel';
import { CheckBar } from './CheckBar';
import { oldestEarlier } from './verdict-age';
import { ContactsPanel } from './ContactsPanel';
import { PagePanel } from './PagePanel';
import { Notice } from '@/components/common/Notice';

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
        <button type="button" onClick={() => void actions.rescan()}>
          Try again
        </button>
      </StateMessage>
    );
  else {
    const totals = state.totals.value;
    const tabs: { id: PopupTab; label: string; count?: number }[] = [
      // Counts live in the totals above ("286 links, 244 distinct"): one definition, shown once.
      { id: 'links', label: 'Links' },
      { id: 'contacts', label: 'Contacts', count: view.scan.contacts.length },
      { id: 'page', label: 'Page' },
    ];
    const p = state.prospect;
    const check = state.check;
    const compose = state.compose.value;
    body = (
      <>
        <SaveBar
          saved={p.saved.value}
          domain={p.domain.value}
          campaigns={p.campaigns.value}
          busy={p.busy.value}
          error={p.error.value}
          onSave={() => void actions.saveProspect()}
          onEdit={(patch) => void actions.editProspect(patch)}
          onOpenDashboard={actions.openDashboard}
        />
        {compose && <PopupCompose scan={view.scan} saved={p.saved.value} compose={compose} />}
        {totals && <Totals totals={totals} />}
        <Tabs tabs={tabs} value={state.tab.value} onChange={actions.setTab}>
          {state.tab.value === 'links' && (
            <LinksPanel
              links={state.visibleLinks.value}
              groups={state.groups.value}
              filter={state.filter.value}
              query={state.query.value}
              grouped={state.grouped.value}
              rowLimit={state.rowLimit.value}
              statusFiltered={check.classFilter.value !== 'any'}
              omitted={view.scan.omittedLinks}
              listed={view.scan.links.length}
              skipped={view.scan.skipped ?? []}
              extras={{ verdicts: check.verdicts.value, onRecheck: actions.recheck, onScrollTo: (l) => void actions.scrollTo(l) }}
              brokenFirst={state.brokenOrder.value}
              onBrokenFirst={actions.setBrokenFirst}
              checked={check.verdicts.value.size > 0}
              onFilter={actions.setFilter}
              onQuery={actions.setQuery}
              onGrouped={actions.setGrouped}
              onShowMore={actions.showMore}
              onCopy={(urls) => void actions.copyUrls(urls)}
            >
              <CheckBar
                job={check.job.value}
                running={check.running.value}
                counts={check.counts.value}
                scope={check.scope.value}
                classFilter={check.classFilter.value}
                error={check.error.value}
                earlierAt={oldestEarlier(check.verdicts.value.values(), check.job.value, Date.now())}
                onScope={actions.setScope}
                onClassFilter={actions.setClassFilter}
                onCheck={actions.check}
                onCancel={() => void actions.cancel()}
                onExport={() => void actions.exportReport()}
              />
            </LinksPanel>
          )}
          {state.tab.value === 'contacts' && <ContactsPanel contacts={view.scan.contacts} onCopy={(v) => void actions.copy(v, v)} />}
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
          <button type="button" aria-pressed={highlight.on} onClick={() => void actions.toggleHighlight()} title="Outline this page's outbound links by type">
            Highlight
          </button>
        )}
        <button type="button" onClick={() => void actions.rescan()} disabled={view.phase === 'loading'} title="Scan the page again">
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
      <Notice text={state.notice.value} />
    </main>
  );
}
