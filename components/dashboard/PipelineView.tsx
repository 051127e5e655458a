import { useEffect, useState } from 'preact/hooks';
import { STATUS_LABELS } from '@/components/common/labels';
import type { DashboardApi } from './api';
import { FunnelChart } from './FunnelChart';
import { WeeklyChart, weekLabel } from './WeeklyChart';
import { StateMessage } from '@/components/common/StateMessage';
import { formatCount } from '@/lib/text/numbers';

/** Pipeline: prospects per status as a funnel, contacted and won per week; each chart has its table. */
export function PipelineView({ app }: { app: DashboardApi }) {
  const { pipeline } = app.actions;
  const [asTable, setAsTable] = useState(false);
  useEffect(() => pipeline.watch(), [pipeline]);
  const view = pipeline.summary.value;
  if (view.phase === 'loading') return <StateMessage tone="loading" title="Counting the pipeline…" />;
  if (view.phase === 'error') {
    return (
      <StateMessage tone="error" title="The pipeline could not be read">
        <p>{view.message}</p>
      </StateMessage>
    );
  }
  const { byStatus, weeks } = view.summary;
  const total = byStatus.reduce((n, s) => n + s.count, 0);
  return (
    <div class="pipeline">
      <div class="actions" role="group" aria-label="Show as">
        <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
          Charts
        </button>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
          Tables
        </button>
      </div>
      {total === 0 && <p class="muted" data-testid="pipeline-empty">No prospects yet: the funnel fills as you save and move prospects along.</p>}
      <section aria-labelledby="funnel-heading">
        <h2 id="funnel-heading">Prospects per status</h2>
        {asTable ? (
          <table class="diff" data-testid="funnel-table">
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Prospects</th>
              </tr>
            </thead>
            <tbody>
              {byStatus.map((s) => (
                <tr key={s.status}>
                  <th scope="row">{STATUS_LABELS[s.status]}</th>
                  <td class="num">{formatCount(s.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <FunnelChart byStatus={byStatus} />
        )}
      </section>
      <section aria-labelledby="weekly-heading">
        <h2 id="weekly-heading">Contacted and won per week (last {weeks.length} weeks)</h2>
        {asTable ? (
          <table class="diff" data-testid="weekly-table">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Contacted</th>
                <th scope="col">Won</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.weekStart}>
                  <th scope="row">{weekLabel(w.weekStart)}</th>
                  <td class="num">{w.contacted}</td>
                  <td class="num">{w.won}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <>
            <WeeklyChart weeks={weeks} />
            <p class="legend muted">
              <span class="swatch bar-contacted" aria-hidden="true" /> contacted <span class="swatch bar-won" aria-hidden="true" /> won
            </p>
          </>
        )}
      </section>
    </div>
  );
}
