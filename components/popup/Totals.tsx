import type { LinkTotals } from '@/lib/scan/summary';

/** The four headline counts of a scan. */
export function Totals({ totals }: { totals: LinkTotals }) {
  const items: [string, number, string][] = [
    ['Outbound', totals.outbound, 'Links to other sites (another registrable domain)'],
    ['Internal', totals.internal, 'Links within this site'],
    ['Domains', totals.outboundDomains, 'Distinct sites linked to'],
  ];
  const share = (n: number) => (totals.outbound === 0 ? '0%' : `${Math.round((n * 100) / totals.outbound)}%`);
  const notFollowed = totals.outboundNotFollowed;
  return (
    <>
    <div class="totals-row">
    <p class="link-count" data-testid="link-count" title="Link occurrences on the page (duplicates included), and distinct link targets">
      <span data-testid="total-links">{totals.links}</span> {totals.links === 1 ? 'link' : 'links'}, {totals.unique} distinct
    </p>
    <dl class="totals" aria-label="Link totals">
      {items.map(([label, value, hint]) => (
        <div key={label} title={hint}>
          <dt>{label}</dt>
          <dd data-testid={`total-${label.toLowerCase()}`}>{value}</dd>
        </div>
      ))}
    </dl>
    </div>
    {totals.outbound > 0 && (
      <p class="share" data-testid="follow-share">
        Outbound: follow {share(totals.outbound - notFollowed)} · nofollow {share(totals.outboundNofollow)} · sponsored {share(totals.outboundSponsored)} · ugc {share(totals.outboundUgc)}
        {totals.affiliate > 0 && ` · ${totals.affiliate} affiliate (${totals.affiliateUnmarked} without rel=sponsored)`}
      </p>
    )}
    {totals.share > 0 && (
      <p class="share" data-testid="share-count">
        {totals.share} share {totals.share === 1 ? 'button' : 'buttons'} not counted as outbound
      </p>
    )}
    </>
  );
}
