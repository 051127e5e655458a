import type { PipelineSummary } from '@/lib/db/pipeline';
import { STATUS_LABELS } from '@/components/common/labels';
import { formatCount } from '@/lib/text/numbers';

const WIDTH = 560;
const ROW = 30;
const LABEL = 130;

/** Prospects per status as a centred funnel of bars (inline SVG, no script or style from outside). */
export function FunnelChart({ byStatus }: { byStatus: PipelineSummary['byStatus'] }) {
  const max = Math.max(1, ...byStatus.map((s) => s.count));
  const span = WIDTH - LABEL - 60;
  const height = byStatus.length * ROW;
  const total = byStatus.reduce((n, s) => n + s.count, 0);
  return (
    <svg class="chart funnel" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="funnel-title" data-testid="funnel-chart">
      <title id="funnel-title">
        Prospects per status: {byStatus.map((s) => `${STATUS_LABELS[s.status]} ${s.count}`).join(', ')} ({total} in all)
      </title>
      {byStatus.map((s, i) => {
        const width = Math.max(s.count ? 2 : 0, (s.count / max) * span);
        const x = LABEL + (span - width) / 2;
        const y = i * ROW;
        return (
          <g key={s.status} class={`bar status-${s.status}`}>
            <text x={LABEL - 8} y={y + ROW / 2 + 4} text-anchor="end" class="axis-label">
              {STATUS_LABELS[s.status]}
            </text>
            <rect x={x} y={y + 4} width={width} height={ROW - 8} rx="3" />
            <text x={LABEL + span + 8} y={y + ROW / 2 + 4} class="value-label">
              {formatCount(s.count)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
