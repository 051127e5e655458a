/**
 * A whole number with its thousands grouped by commas, as `toLocaleString('en')` writes it. The
 * browser's number formatting is not used: its first use in a new page costs 20–50 ms (loading
 * locale data), and the dashboard's first rows show counts.
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = String(Math.abs(Math.round(n)));
  return (n < 0 && digits !== '0' ? '-' : '') + digits.replace(/\B(?=(\d{3})+$)/g, ',');
}
