import { useEffect } from 'preact/hooks';
import './audit.css';
import { MONITOR_ROWS, type Monitoring } from '@/lib/state/dashboard/monitoring';
import { MonitorAddForm } from './MonitorAddForm';
import { MonitorRow } from './MonitorRow';
import { StateMessage } from '@/components/common/StateMessage';
import { formatCount } from '@/lib/text/numbers';

/** Won links and links the user opted in, checked on a schedule by the page reader. */
export function MonitoringView({ monitoring: m }: { monitoring: Monitoring }) {
  useEffect(() => m.start(), [m]);
  const links = m.links.value;
  const busy = m.busy.value;
  const total = m.total.value;
  return (
    <div class="monitoring">
      <div class="view-bar">
        <h2>Monitored links</h2>
        <p class="muted small">Won prospects are monitored automatically. A link is called missing or its page gone only after two failed checks at least a day apart.</p>
        <button type="button" onClick={() => void m.exportCsv()} disabled={!links || links.length === 0 || busy.has('export')}>Export CSV</button>
      </div>
      <p role="status" class="small" data-testid="monitor-status">{m.status.value}</p>
      {m.error.value && <p class="inline-error" role="alert">{m.error.value}</p>}
      <MonitorAddForm busy={busy.has('new')} onAdd={(input) => void m.add(input)} />
      {links === null ? (
        <StateMessage tone="loading" title="Loading monitored links…" />
      ) : links.length === 0 ? (
        <StateMessage tone="empty" title="No monitored links yet" testId="monitor-empty">
          <p>Mark a prospect as won, or use “Monitor a link” above.</p>
        </StateMessage>
      ) : (
        <div class="table-wrap">
          <table class="prospects monitor-table">
            <caption class="sr-only">Monitored links, their state and check history</caption>
            <thead>
              <tr>
                <th scope="col">Page and expected link</th>
                <th scope="col">State</th>
                <th scope="col">Last checked</th>
                <th scope="col">Next check</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <MonitorRow
                  key={link.id} link={link} busy={busy.has(link.id)}
                  onRecheck={() => void m.recheck(link)} onVerifyInTab={() => void m.verifyInTab(link)}
                  onToggleActive={() => void m.edit(link.id, { active: !link.active })} onRemove={() => void m.remove(link)}
                />
              ))}
            </tbody>
          </table>
          {total > links.length && (
            <p class="actions">
              <button type="button" onClick={m.showMore}>
                Show {formatCount(Math.min(MONITOR_ROWS, total - links.length))} more ({formatCount(links.length)} of {formatCount(total)} shown)
              </button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
