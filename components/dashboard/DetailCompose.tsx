import { useMemo } from 'preact/hooks';
import type { Prospect } from '@/lib/schemas/prospect';
import { createComposeActions, createComposeState } from '@/lib/state/compose-state';
import { ComposePanel } from '@/components/common/ComposePanel';
import type { DashboardApi } from './api';

/** The compose panel in the prospect's detail view, with its own state for as long as that prospect is open. */
export function DetailCompose({ app, prospect }: { app: DashboardApi; prospect: Prospect }) {
  const compose = useMemo(() => createComposeState(), []);
  const actions = useMemo(() => createComposeActions(compose, { db: app.db, writeClipboard: app.writeClipboard }), [compose, app]);
  return <ComposePanel prospect={prospect} outreach={app.outreach} compose={compose} actions={actions} />;
}
