import type { WeekActivity } from '@/lib/db/pipeline';

const WIDTH = 560;
const HEIGHT = 180;
const BOTTOM = 24;

export const weekLabel = (weekStart: number) => new Date(weekStart).toISOString().slice(5, 10);

/** Contacted and won per week as paired columns (inline SVG). */
export function WeeklyChart({ weeks }: { weeks: readonly WeekActivity[] }) {
  const max = Math.max(1, ...weeks.flatMap((w) => [w.contacted, w.won]));
  const slot = WIDTH / Math.max(1, weeks.length);
  const bar = Math.max(2, slot / 2 - 4);
  const plot = HEIGHT - BOTTOM - 14;
  const h = (n: number) => (n / max) * plot;
  return (
    <svg class="chart weekly" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="weekly-title" data-testid="weekly-chart">
      <title id="weekly-title">
        Contacted and won per week: {weeks.map((w) => `week of ${weekLabel(w.weekStart)}: ${w.contacted} contacted, ${w.won} won`).join('; ')}
      </title>
      {weeks.map((w, i) => {
        const x = i * slot + 2;
        return (
          <g key={w.weekStart}>
            <rect class="bar-contacted" x={x} y={HEIGHT - BOTTOM - h(w.contacted)} width={bar} height={h(w.contacted)} />
            <rect class="bar-won" x={x + bar + 2} y={HEIGHT - BOTTOM - h(w.won)} width={bar} height={h(w.won)} />
            {(w.contacted > 0 || w.won > 0) && (
              <text class="value-label" x={x + bar} y={HEIGHT - BOTTOM - Math.max(h(w.contacted), h(w.won)) - 3} text-anchor="middle">
                {w.contacted}/{w.won}
              </text>
            )}
            <text class="axis-label" x={x + bar} y={HEIGHT - 8} text-anchor="middle">
              {weekLabel(w.weekStart)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
