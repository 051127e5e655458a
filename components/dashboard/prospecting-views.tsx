import type { Prospecting } from '@/lib/state/dashboard/prospecting';
import type { DashboardState } from '@/lib/state/dashboard/state';
import type { ExtraView } from './DashboardApp';
import { FootprintsView } from './footprints/FootprintsView';
import { QualifyView } from './qualify/QualifyView';

/** The query builder and Qualification as dashboard views. */
export function prospectingViews(p: Prospecting, dashboard: DashboardState): ExtraView[] {
  return [
    { id: 'footprints', label: 'Query builder', render: () => <FootprintsView state={p.footprints} actions={p.footprintActions} /> },
    {
      id: 'qualify',
      label: 'Qualification',
      render: () => <QualifyView state={p.qualify} actions={p.qualifyActions} selectedProspects={dashboard.selection.value.size} />,
    },
  ];
}
