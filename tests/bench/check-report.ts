// Turns the runs into the printed table and the JSON written to out/bench-check.json.
import type { Run } from '@/tests/bench/check-runs';
import { score, type Score } from '@/tests/bench/check-score';
import { table } from '@/scripts/lib/bench-stats.mjs';

export interface Row {
  tool: 'linkscout' | 'linkinator';
  settings: string;
  run: Run;
  score: Score;
  /** Server side: the most requests one farm host was handling at once, and which host. */
  maxPerHost: number;
  busiestHost: string;
  /** Client side: the most requests the tool had open to one host, and which host. */
  maxOpenPerHost: number;
  busiestOpenHost: string;
}

function peak(byHost: Record<string, number>): [string, number] {
  return Object.entries(byHost).sort((a, b) => b[1] - a[1])[0] ?? ['–', 0];
}

export function toRow(tool: Row['tool'], settings: string, run: Run): Row {
  const [busiestHost, maxPerHost] = peak(run.maxInFlightByHost);
  const [busiestOpenHost, maxOpenPerHost] = peak(run.maxOpenByHost);
  return { tool, settings, run, score: score(tool, run.cases, run.answers), maxPerHost, busiestHost, maxOpenPerHost, busiestOpenHost };
}

/** Our wall time over the first linkinator run's, for our rows. */
function ratio(r: Row, rows: readonly Row[]): number | null {
  const reference = rows.find((x) => x.tool === 'linkinator');
  return reference && r.tool === 'linkscout' ? r.run.wallMs / reference.run.wallMs : null;
}

function wrongSummary(r: Row): string {
  const groups = new Map<string, number>();
  for (const w of r.score.wrong) {
    const key = `${w.name} → ${w.got} (expected ${w.expected})`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([key, n]) => (n > 1 ? `${n}× ${key}` : key)).join('; ');
}

export function printable(rows: readonly Row[], timeoutMs: number): string {
  const reference = rows.find((r) => r.tool === 'linkinator');
  const printed = table(
    ['tool', 'settings', 'wall s', 'correct', 'false broken', 'missed dead', 'max in flight/host (server)', 'max open/host (client)', 'ours ÷ linkinator'],
    rows.map((r) => {
      const x = ratio(r, rows);
      return [
        r.tool, r.settings, (r.run.wallMs / 1000).toFixed(2), `${r.score.correct} / ${r.score.total}`,
        String(r.score.falseBroken), String(r.score.missedDead), `${r.maxPerHost} (${r.busiestHost})`,
        `${r.maxOpenPerHost} (${r.busiestOpenHost})`, x === null ? '–' : `${x.toFixed(2)}×`,
      ];
    }),
  );
  const where = (url: string) => `${new URL(url).host}${new URL(url).pathname}`;
  const slowest = rows.filter((r) => r.run.slowest.length > 0)
    .map((r) => `  ${r.tool} (${r.settings}): ${r.run.slowest.map((s) => `${where(s.url)} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}`);
  const wrong = rows.filter((r) => r.score.wrong.length > 0).map((r) => `  ${r.tool} (${r.settings}): ${wrongSummary(r)}`);
  const stopped = rows.filter((r) => r.run.stopped).map((r) => `  ${r.tool} (${r.settings}): ${r.run.stopped}`);
  return [
    '',
    `Timeout ${timeoutMs / 1000} s for both tools; ratio against linkinator (${reference?.settings ?? 'no run'}).`,
    'In flight (server): requests a farm host was handling at once. Open (client): requests sent to a host and not yet answered.',
    printed,
    '',
    `Longest checks (waits included):\n${slowest.join('\n')}`,
    '',
    wrong.length > 0 ? `Wrong verdicts:\n${wrong.join('\n')}` : 'No wrong verdicts.',
    ...(stopped.length > 0 ? ['', `Stopped at the time limit:\n${stopped.join('\n')}`] : []),
  ].join('\n');
}

export function reportJson(rows: readonly Row[], timeoutMs: number): string {
  const report = {
    at: new Date().toISOString(),
    node: process.version,
    timeoutMs,
    links: rows[0]?.score.total ?? 0,
    rows: rows.map((r) => ({
      tool: r.tool, settings: r.settings, wallMs: Math.round(r.run.wallMs), ratioToLinkinator: ratio(r, rows),
      correct: r.score.correct, total: r.score.total, falseBroken: r.score.falseBroken, missedDead: r.score.missedDead,
      maxInFlightPerHost: r.maxPerHost, busiestHost: r.busiestHost,
      maxOpenPerHostClientSide: r.maxOpenPerHost, busiestOpenHost: r.busiestOpenHost,
      farmRequests: r.run.requests, errorPageRequests: r.run.errorPageRequests,
      stopped: r.run.stopped, slowest: r.run.slowest, wrong: r.score.wrong,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
