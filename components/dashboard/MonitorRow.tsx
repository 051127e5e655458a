import type { MonitoredLink } from '@/lib/db/monitor-records';
import { formatDateTime } from '@/lib/state/dashboard/dates';
import { RelBadges } from '@/components/common/RelBadges';
import { MONITOR_STATE_LABELS, MONITOR_STATE_TONE } from './monitor-labels';

interface Props {
  link: MonitoredLink;
  busy: boolean;
  onRecheck: () => void;
  onVerifyInTab: () => void;
  onToggleActive: () => void;
  onRemove: () => void;
}

const when = (ms: number | null) => (ms === null ? '—' : formatDateTime(ms));

/** One monitored link: where, what is expected, its state with the last change, and its check history. */
export function MonitorRow({ link, busy, onRecheck, onVerifyInTab, onToggleActive, onRemove }: Props) {
  const last = link.history[0];
  return (
    <tr data-testid="monitor-row" data-state={link.state}>
      <td class="col-page">
        <a class="url" href={link.pageUrl} target="_blank" rel="noreferrer noopener">{link.pageUrl}</a>
        <span class="muted small">
          → {link.expected.targetUrl || 'target not known yet'} {link.expected.anchorText && <>“{link.expected.anchorText}”</>} <RelBadges rel={link.expected.rel} />
        </span>
      </td>
      <td>
        <span class={`badge state ${MONITOR_STATE_TONE[link.state]}`} data-testid="monitor-state">{MONITOR_STATE_LABELS[link.state]}</span>
        {link.change && <span class="small change" data-testid="monitor-change">{link.change}</span>}
        {link.suspect && <span class="small muted" data-testid="monitor-suspect">Failed once ({link.suspect.outcome}); confirming after {when(link.suspect.at + 86_400_000)}</span>}
        {!link.active && <span class="small muted">Paused</span>}
      </td>
      <td class="col-date">{when(link.lastCheckedAt)}</td>
      <td class="col-date">{link.active ? when(link.nextCheckAt) : 'paused'} <span class="muted small">({link.frequency})</span></td>
      <td>
        <div class="monitor-actions">
          <button type="button" onClick={onRecheck} disabled={busy}>Re-check now</button>
          {(link.state === 'missing' || last?.outcome === 'missing') && (
            <button type="button" onClick={onVerifyInTab} disabled={busy} title="Opens the page in a tab so its scripts run, and scans it there">Verify in a tab</button>
          )}
          <button type="button" onClick={onToggleActive} disabled={busy}>{link.active ? 'Pause' : 'Resume'}</button>
          <button type="button" class="danger" onClick={onRemove} disabled={busy}>Stop</button>
          <details class="history">
            <summary>History ({link.history.length})</summary>
            {/* A scrolling list: focusable, so it can be scrolled from the keyboard. */}
            <ol data-testid="monitor-history" tabIndex={0} aria-label={`Check history of ${link.pageUrl}`}>
              {link.history.map((h) => (
                <li key={h.at}>
                  <time dateTime={new Date(h.at).toISOString()}>{formatDateTime(h.at)}</time> {h.outcome !== h.state && (h.outcome === 'missing' || h.outcome === 'page-gone') ? `${MONITOR_STATE_LABELS[h.outcome]}, unconfirmed` : MONITOR_STATE_LABELS[h.state]}
                  {h.via === 'tab' ? ' (in a tab)' : ''}: {h.detail}
                </li>
              ))}
            </ol>
          </details>
        </div>
      </td>
    </tr>
  );
}
