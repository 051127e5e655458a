import { useMemo, useState } from 'preact/hooks';
import type { Prospect } from '@/lib/schemas/prospect';
import { createComposeActions, createComposeState } from '@/lib/state/compose-state';
import { ComposePanel } from '@/components/common/ComposePanel';
import type { DashboardApi } from './api';

/**
 * Compose in the prospect's detail view, folded until opened (then rendered), with its own state
 * for as long as that prospect is open.
 */
export function DetailCompose({ app, prospect }: { app: DashboardApi; prospect: Prospect }) {
  const [open, setOpen] = useState(false);
  const compose = useMemo(() => createComposeState(), []);
  const actions = useMemo(() => createComposeActions(compose, { db: app.db, writeClipboard: app.writeClipboard }), [compose, app]);
  return (
    <details class="detail-compose" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Compose e-mail</summary>
      {open && <ComposePanel prospect={prospect} outreach={app.outreach} compose={compose} actions={actions} />}
    </details>
  );
}
