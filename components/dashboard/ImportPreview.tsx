import type { ImportPlan } from '@/lib/export/import-plan';
import { plural } from '@/lib/text/plural';

interface Props {
  plan: ImportPlan;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}

/** Long files: the preview lists this many of each kind, and says how many more there are. */
const SHOWN = 50;

function More({ total }: { total: number }) {
  return total > SHOWN ? <p class="muted">…and {(total - SHOWN).toLocaleString('en')} more.</p> : null;
}

/** What an import would do, before anything is written: new rows, field changes, and bad lines. */
export function ImportPreview({ plan, busy, onApply, onCancel }: Props) {
  const writes = plan.toAdd.length + plan.toUpdate.length;
  return (
    <section class="import-preview" aria-labelledby="preview-title" data-testid="import-preview">
      <h3 id="preview-title">Import preview</h3>
      <ul class="preview-counts">
        <li data-testid="preview-new">{plan.toAdd.length} new</li>
        <li data-testid="preview-updates">{plan.toUpdate.length} updated</li>
        <li>{plan.unchanged.length} unchanged</li>
        <li data-testid="preview-errors" class={plan.errors.length ? 'bad' : undefined}>
          {plan.errors.length} with errors (skipped)
        </li>
        {plan.campaignsToCreate.length > 0 && <li>{plan.campaignsToCreate.length} new campaigns: {plan.campaignsToCreate.map((c) => c.name).join(', ')}</li>}
      </ul>
      {plan.ignoredColumns.length > 0 && <p class="muted">Ignored columns: {plan.ignoredColumns.join(', ')}</p>}
      {plan.errors.length > 0 && (
        <>
          <h4>Errors</h4>
          <ul class="preview-errors">
            {plan.errors.slice(0, SHOWN).map((e) => (
              <li key={e.line}>
                <strong>Line {e.line}:</strong> {e.reason}
              </li>
            ))}
          </ul>
          <More total={plan.errors.length} />
        </>
      )}
      {plan.toAdd.length > 0 && (
        <>
          <h4>New prospects</h4>
          <ul class="preview-list">
            {plan.toAdd.slice(0, SHOWN).map((a) => (
              <li key={a.line}>
                <span class="muted">Line {a.line}:</span> <span class="mono">{a.prospect.url}</span>
              </li>
            ))}
          </ul>
          <More total={plan.toAdd.length} />
        </>
      )}
      {plan.toUpdate.length > 0 && (
        <>
          <h4>Updates</h4>
          <ul class="preview-list">
            {plan.toUpdate.slice(0, SHOWN).map((u) => (
              <li key={u.line}>
                <span class="muted">Line {u.line}:</span> <span class="mono">{u.before.url}</span>
                <table class="diff">
                  <caption class="visually-hidden">Changes on line {u.line}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Now</th>
                      <th scope="col">After import</th>
                    </tr>
                  </thead>
                  <tbody>
                    {u.diffs.map((d) => (
                      <tr key={d.field}>
                        <th scope="row">{d.field}</th>
                        <td>{d.from}</td>
                        <td>{d.to}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            ))}
          </ul>
          <More total={plan.toUpdate.length} />
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onApply} disabled={busy || writes === 0}>
          Apply: import {writes} {plural(writes, 'row')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </section>
  );
}
