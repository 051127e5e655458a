import type { HistoryEntry, Prospect } from '@/lib/schemas/prospect';
import { STATUS_LABELS } from '@/components/common/labels';
import { formatDateTime } from '@/lib/state/dashboard/dates';

function historyText(entry: HistoryEntry): string {
  if (entry.kind === 'status') return `Status: ${STATUS_LABELS[entry.from]} → ${STATUS_LABELS[entry.to]}`;
  if (entry.kind === 'sent') return `Sent: step ${entry.step + 1} of “${entry.templateName}”`;
  return `${entry.field}: ${entry.note}`;
}

/** What the page showed when saved (scores, broken links, links to my site) and the status history. */
export function DetailFacts({ prospect: p }: { prospect: Prospect }) {
  return (
    <div class="detail-facts">
      <h3>Scores</h3>
      <dl class="facts">
        <dt>Relevance</dt>
        <dd>{p.relevance} / 100</dd>
        <dt>Spam score</dt>
        <dd>
          {p.spamScore} / 100
          {p.spamSignals.length > 0 && <span class="muted"> — {p.spamSignals.join(', ')}</span>}
        </dd>
        <dt>Saved</dt>
        <dd>{formatDateTime(p.createdAt)}</dd>
        <dt>Updated</dt>
        <dd>{formatDateTime(p.updatedAt)}</dd>
      </dl>
      <h3>Broken links on the page ({p.brokenLinks.length})</h3>
      {p.brokenLinks.length === 0 ? (
        <p class="muted">None recorded.</p>
      ) : (
        <ul class="fact-list">
          {p.brokenLinks.map((b) => (
            <li key={b.url}>
              <span class="mono">{b.url}</span> <span class="badge sponsored">{b.httpStatus ?? b.statusClass}</span>
              {b.anchorText && <span class="muted"> “{b.anchorText}”</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>Links to my site ({p.linksToMySite.length})</h3>
      {p.linksToMySite.length === 0 ? (
        <p class="muted">None found.</p>
      ) : (
        <ul class="fact-list">
          {p.linksToMySite.map((l) => (
            <li key={l.url}>
              <span class="mono">{l.url}</span>
              {l.rel.map((r) => (
                <span key={r} class="badge nofollow">
                  {r}
                </span>
              ))}
              {l.anchorText && <span class="muted"> “{l.anchorText}”</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>History</h3>
      {p.history.length === 0 ? (
        <p class="muted">No status changes yet.</p>
      ) : (
        <ol class="history" data-testid="history">
          {[...p.history].reverse().map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <time dateTime={new Date(h.at).toISOString()}>{formatDateTime(h.at)}</time> {historyText(h)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
