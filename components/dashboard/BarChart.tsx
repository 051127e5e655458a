import { formatCount } from '@/lib/text/numbers';
export interface Bar {
  label: string;
  value: number;
  tone?: 'ok' | 'warn' | 'bad' | 'info' | 'muted';
}

const ROW = 22;
const LABEL_W = 120;
const WIDTH = 360;

/**
 * A horizontal bar chart drawn as inline SVG (no scripts, no network, nothing the extension's CSP
 * forbids), with the same numbers in a table for screen readers and for copying.
 */
export function BarChart({ title, bars, testId }: { title: string; bars: readonly Bar[]; testId?: string }) {
  const total = bars.reduce((n, b) => n + b.value, 0);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const share = (v: number) => (total === 0 ? '0 %' : `${Math.round((v / total) * 100)} %`);
  const barW = WIDTH - LABEL_W - 70;
  return (
    <figure class="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 4}`} width={WIDTH} height={bars.length * ROW + 4} aria-hidden="true" focusable="false">
        {bars.map((b, i) => (
          <g key={b.label} transform={`translate(0 ${i * ROW + 2})`}>
            <text x={LABEL_W - 6} y={ROW / 2 + 4} text-anchor="end" class="chart-label">{b.label}</text>
            <rect x={LABEL_W} y={3} height={ROW - 8} width={Math.max(b.value > 0 ? 2 : 0, (b.value / max) * barW)} class={`chart-bar ${b.tone ?? 'info'}`} rx={2} />
            <text x={LABEL_W + Math.max(2, (b.value / max) * barW) + 6} y={ROW / 2 + 4} class="chart-value">{`${formatCount(b.value)} (${share(b.value)})`}</text>
          </g>
        ))}
      </svg>
      <table class="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr><th scope="col">Kind</th><th scope="col">Links</th><th scope="col">Share</th></tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}><th scope="row">{b.label}</th><td>{b.value}</td><td>{share(b.value)}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
