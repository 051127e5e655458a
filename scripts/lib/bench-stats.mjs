// Small statistics and a plain-text table for `npm run bench`.

/**
 * The q-quantile (0–1) of `values` by the nearest-rank method; NaN when empty.
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length) - 1;
  return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.max(0, rank))]);
}

/**
 * @param {number[]} values
 * @returns {{ runs: number; median: number; p95: number; min: number; max: number }}
 */
export function summarize(values) {
  return {
    runs: values.length,
    median: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

/** @param {number | null | undefined} n */
export function fmt(n, digits = 1) {
  return n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits);
}

/**
 * Renders rows as a left-aligned text table with a header rule.
 * @param {string[]} header
 * @param {string[][]} rows
 */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => (c ?? '').padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
