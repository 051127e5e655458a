import type { LinkscoutDb } from '@/lib/db/database';
import { listActions, type HashPort } from './list-actions';
import { writeActions } from './write-actions';
import { transferActions, type TransferDeps } from './transfer-actions';
import { createDashboardImport } from './import-actions';
import { createDashboardCampaigns } from './campaign-actions';
import { createDashboardPipeline } from './pipeline-actions';
import type { DashboardState } from './state';

/** What the dashboard needs from the page and the database. */
export interface DashboardDeps extends TransferDeps {
  db: LinkscoutDb;
  /** Where the detail view's `#prospect=<id>` goes; the page passes `history`. */
  hash: HashPort;
}

/**
 * Everything the user does on the dashboard, as one object: the list (filter, sort, page,
 * select, open), the writes to prospects, and export, import, backup and restore.
 */
export function createDashboardActions(state: DashboardState, deps: DashboardDeps) {
  return {
    ...listActions(state, deps.db, deps.hash),
    ...writeActions(state, deps.db),
    ...transferActions(state, deps.db, deps),
    /** CSV import: preview, merge choices, apply, with progress and stop. */
    importer: createDashboardImport(state, deps.db),
    campaigns: createDashboardCampaigns(state, deps.db),
    pipeline: createDashboardPipeline(deps.db),
  };
}

export type DashboardActions = ReturnType<typeof createDashboardActions>;
