import { useEffect, useMemo } from 'preact/hooks';
import type { Prospect } from '@/lib/schemas/prospect';
import { createComposeActions, createComposeState, watchSends } from '@/lib/state/compose-state';
import { ComposePanel } from '@/components/common/ComposePanel';
import type { DashboardApi } from './api';

/** The compose panel in the prospect's detail view, with its own state for as long as that prospect is open. */
export function DetailCompose({ app, prospect }: { app: DashboardApi; prospect: Prospect }) {
  const compose = useMemo(() => createComposeState(), []);
  const actions = useMemo(() => createComposeActions(compose, { db: app.db, writeClipboard: app.writeClipboard }), [compose, app]);
  useEffect(() => watchSends(compose, app.db, prospect.id), [compose, app.db, prospect.id]);
  return <ComposePanel prospect={prospect} outreach={app.outreach} compose={compose} actions={actions} />;
}
