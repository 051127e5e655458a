import type { LinkscoutDb } from '@/lib/db/database';
import type { FootprintPrefs } from '@/lib/schemas/footprints';
import type { QualifyRules } from '@/lib/schemas/qualify';
import { createFootprintsActions, createFootprintsState, loadFootprints } from './footprints-state';
import { createQualifyState } from './qualify-state';
import { createQualifyActions, type QualifyQueue } from './qualify-actions';
import { viewFromHash } from './view-hash';
import type { DashboardState } from './state';

export interface ProspectingDeps {
  db: LinkscoutDb;
  queue: QualifyQueue;
  domainOf: (url: string) => string;
  loadPrefs: () => Promise<FootprintPrefs | null>;
  savePrefs: (prefs: FootprintPrefs) => Promise<void>;
  loadOwnDomains: () => Promise<string[]>;
  loadRules: () => Promise<QualifyRules>;
  saveRules: (rules: QualifyRules) => Promise<QualifyRules>;
  download: (filename: string, text: string, type: string) => void;
  setHash: (hash: string) => void;
}

/** The dashboard's query builder and qualification views: state, actions, and following the hash. */
export function createProspecting(dashboard: DashboardState, deps: ProspectingDeps) {
  const footprints = createFootprintsState();
  const footprintActions = createFootprintsActions(footprints, deps.savePrefs);
  const qualify = createQualifyState(deps.domainOf);
  const qualifyActions = createQualifyActions(qualify, { ...deps, selectedProspects: () => [...dashboard.selection.value] });
  void loadFootprints(footprints, deps.loadPrefs, deps.loadOwnDomains);
  void deps.loadRules().then((rules) => (qualify.rules.value = rules), (e: unknown) => (qualify.error.value = `Stored disqualifiers could not be read: ${String(e)}`));
  const stop = qualifyActions.watch(null);
  return {
    footprints, footprintActions, qualify, qualifyActions,
    /** Opens the view a hash names (`#footprints`, `#qualify=<job id>`). */
    followHash: (hash: string, show: (view: DashboardState['view']['value']) => void) => {
      const target = viewFromHash(hash);
      if (!target) return;
      show(target.view);
      if (target.view === 'qualify' && target.jobId) qualifyActions.open(target.jobId);
    },
    stop,
  };
}

export type Prospecting = ReturnType<typeof createProspecting>;
