import type { BacklinkRow } from '@/lib/db/backlink-records';
import type { BacklinkProfile } from '@/lib/backlinks/profile';
import { RelBadges } from '@/components/common/RelBadges';

const STATE: Record<string, string> = { present: 'link there', missing: 'link missing', 'page-gone': 'page gone', unverifiable: 'unverifiable' };

/** Top referring domains, and the linking pages ranked by the scanner's spam signals. */
export function SpamTable({ rows, domains }: { rows: readonly BacklinkRow[]; domains: BacklinkProfile['referringDomains'] }) {
  return (
    <div class="backlink-tables">
      <div class="table-wrap">
        <table class="prospects" data-testid="domains-table">
          <caption>Top referring domains</caption>
          <thead><tr><th scope="col">Domain</th><th scope="col" class="num">Links</th><th scope="col" class="num">Followed</th></tr></thead>
          <tbody>
            {domains.map((d) => <tr key={d.domain}><td class="mono">{d.domain}</td><td class="num">{d.links}</td><td class="num">{d.follow}</td></tr>)}
          </tbody>
        </table>
      </div>
      <div class="table-wrap">
        <table class="prospects" data-testid="spam-table">
          <caption>Linking pages by spam signals (verified pages)</caption>
          <thead><tr><th scope="col">Page</th><th scope="col" class="num">Spam</th><th scope="col">Signals</th><th scope="col">Link</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="spam-row">
                <td class="col-page"><a class="url" href={r.sourceUrl} target="_blank" rel="noreferrer noopener">{r.sourceUrl}</a></td>
                <td class="num">{r.verification?.spamScore ?? 0}</td>
                <td class="small">{(r.verification?.spamSignals ?? []).map((s) => s.label).join(', ') || '—'}</td>
                <td class="small">
                  {STATE[r.verification?.state ?? ''] ?? 'not read'} {r.verification?.state === 'present' && <>“{r.verification.anchorText}” <RelBadges rel={r.verification.rel} /></>}
                  {r.verification?.indexable === false && <span class="muted"> · not indexable</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
