import type { ComponentChildren } from 'preact';
import type { DashboardView } from '@/lib/state/dashboard/state';
import type { DashboardApi } from './api';
import { ProspectsView } from './ProspectsView';
import { TransferView } from './TransferView';
import { PipelineView } from './PipelineView';
import { CampaignsView } from './CampaignsView';
import { TemplatesView } from './TemplatesView';
import { DoNotContactView } from './DoNotContactView';
import { MonitoringView } from './MonitoringView';
import { BacklinksView } from './BacklinksView';
import { DetailContainer } from './DetailContainer';
import { UndoToast } from './UndoToast';
import { formatCount } from '@/lib/text/numbers';

const VIEWS: ReadonlyArray<{ id: DashboardView; label: string }> = [
  { id: 'prospects', label: 'Prospects' },
  { id: 'pipeline', label: 'Pipeline' },
  { id: 'campaigns', label: 'Campaigns' },
  { id: 'templates', label: 'Templates' },
  { id: 'do-not-contact', label: 'Do not contact' },
  { id: 'monitoring', label: 'Monitoring' },
  { id: 'backlinks', label: 'Backlinks' },
  { id: 'transfer', label: 'Export & import' },
];

/** A view wired in beside the prospects (query builder, qualification), with its own state. */
export interface ExtraView {
  id: DashboardView;
  label: string;
  render: () => ComponentChildren;
}

/** The dashboard page: header, the current view, the detail panel and the toast. */
export function DashboardApp({ app, extra = [] }: { app: DashboardApi; extra?: readonly ExtraView[] }) {
  const { state, actions } = app;
  const total = state.totalAll.value;
  return (
    <div class="dashboard">
      <header class="dash-header">
        <h1>Linkscout prospects</h1>
        {total !== null && <span class="muted" data-testid="total-all">{formatCount(total)} saved</span>}
        <nav aria-label="Dashboard sections" class="dash-nav">
          {[...VIEWS, ...extra].map((v) => (
            <button key={v.id} type="button" aria-current={state.view.value === v.id ? 'page' : undefined} onClick={() => actions.showView(v.id)}>
              {v.label}
            </button>
          ))}
        </nav>
      </header>
      {state.error.value && state.detail.value.phase === 'closed' && (
        <p class="dash-error" role="alert">
          {state.error.value}
          <button type="button" onClick={actions.dismissError}>
            Dismiss
          </button>
        </p>
      )}
      <main class="dash-main">
        {state.view.value === 'prospects' && <ProspectsView app={app} />}
        {state.view.value === 'pipeline' && <PipelineView app={app} />}
        {state.view.value === 'campaigns' && <CampaignsView app={app} />}
        {state.view.value === 'templates' && <TemplatesView app={app} />}
        {state.view.value === 'do-not-contact' && <DoNotContactView app={app} />}
        {state.view.value === 'monitoring' && <MonitoringView monitoring={app.monitoring} />}
        {state.view.value === 'backlinks' && <BacklinksView backlinks={app.backlinks} />}
        {state.view.value === 'transfer' && <TransferView app={app} />}
        {extra.find((v) => v.id === state.view.value)?.render()}
      </main>
      <DetailContainer app={app} />
      <UndoToast toast={state.toast.value} onUndo={() => void actions.undo()} onDismiss={actions.dismissToast} />
    </div>
  );
}
