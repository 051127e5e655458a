import type { DashboardApi } from './api';
import { DetailDialog } from './DetailDialog';
import { DetailForm } from './DetailForm';
import { DetailFacts } from './DetailFacts';
import { DetailCompose } from './DetailCompose';
import { DncBadge, dncReason } from '@/components/common/DncBadge';

/** The open prospect's detail view, from `state.detail`. */
export function DetailContainer({ app }: { app: DashboardApi }) {
  const { state, actions } = app;
  const detail = state.detail.value;
  if (detail.phase === 'closed') return null;
  if (detail.phase !== 'ready') {
    return (
      <DetailDialog title={detail.phase === 'loading' ? 'Loading…' : 'Prospect not found'} onClose={actions.closeDetail}>
        {detail.phase === 'missing' && <p role="alert">This prospect does not exist (it may have been deleted).</p>}
      </DetailDialog>
    );
  }
  const p = detail.prospect;
  return (
    <DetailDialog title={p.title || p.domain} onClose={actions.closeDetail}>
      {state.error.value && (
        <p class="inline-error" role="alert">
          {state.error.value}
        </p>
      )}
      <p class="detail-url">
        <a class="mono" href={p.url} target="_blank" rel="noopener noreferrer">
          {p.url}
        </a>
        <DncBadge reason={dncReason(p, app.outreach.doNotContact.value ?? [])} />
      </p>
      <div class="detail-body">
        <DetailForm prospect={p} campaigns={state.campaigns.value} onEdit={(patch) => void actions.edit(p.id, patch)} />
        <DetailFacts prospect={p} />
      </div>
      <DetailCompose key={p.id} app={app} prospect={p} />
      <footer class="detail-footer">
        <button type="button" class="danger" onClick={() => void actions.remove([p.id])}>
          Delete prospect
        </button>
      </footer>
    </DetailDialog>
  );
}
