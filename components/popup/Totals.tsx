import type { LinkTotals } from '@/lib/scan/summary';

/** The four headline counts of a scan. */
export function Totals({ totals }: { totals: LinkTotals }) {
  const items: [string, number, string][] = [
    ['Links', totals.links, 'Link occurrences on the page, duplicates included'],
    ['Outbound', totals.outbound, 'Links to other sites (another registrable domain)'],
    ['Internal', totals.internal, 'Links within this site'],
    ['Domains', totals.outboundDomains, 'Distinct sites linked to'],
  ];
  return (
    <dl class="totals" aria-label="Link totals">
      {items.map(([label, value, hint]) => (
        <div key={label} title={hint}>
          <dt>{label}</dt>
          <dd data-testid={`total-${label.toLowerCase()}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
