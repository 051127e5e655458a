import type { ImportPlan, MatchMode } from '@/lib/export/import-plan';
import { counted } from '@/lib/text/plural';
import type { MergeChoice, MergeChoices, MergeField } from '@/lib/export/import-merge';
import { ImportStages } from './ImportStages';
import { ImportUpdates } from './ImportUpdates';
import { linesText } from './import-labels';
import { formatCount } from '@/lib/text/numbers';

interface Props {
  plan: ImportPlan;
  busy: boolean;
  encodingNote: string;
  choices: ReadonlyMap<string, MergeChoices>;
  campaignName: (id: string) => string;
  onMatchMode: (mode: MatchMode) => void;
  onChoose: (id: string, field: MergeField, choice: MergeChoice) => void;
  onChooseAll: (choice: MergeChoice) => void;
  onApply: () => void;
  onCancel: () => void;
}

/** Long files: the preview lists this many of each kind, and says how many more there are. */
const SHOWN = 50;
const n = formatCount;

function More({ total }: { total: number }) {
  return total > SHOWN ? <p class="muted">…and {n(total - SHOWN)} more.</p> : null;
}

/** What an import would do, before anything is written: new prospects, merges with their choices, and bad lines. */
export function ImportPreview(props: Props) {
  const { plan, busy } = props;
  const writes = plan.toAdd.length + plan.toUpdate.length;
  return (
    <section class="import-preview" aria-labelledby="preview-title" data-testid="import-preview">
      <h3 id="preview-title">Import preview</h3>
      <p class="muted" data-testid="preview-layout">
        {plan.source}: {n(plan.rowCount)} rows, read as {plan.layoutName}.
      </p>
      {props.encodingNote && (
        <p class="warn" role="note">
          {props.encodingNote}
        </p>
      )}
      <ul class="preview-counts">
        <li data-testid="preview-new">{n(plan.toAdd.length)} new</li>
        <li data-testid="preview-updates">{n(plan.toUpdate.length)} merged</li>
        <li>{n(plan.unchanged.length)} lines unchanged</li>
        <li data-testid="preview-errors" class={plan.errors.length ? 'bad' : undefined}>
          {n(plan.errors.length)} with errors (skipped)
        </li>
        {plan.campaignsToCreate.length > 0 && <li>New campaigns: {plan.campaignsToCreate.map((c) => c.name).join(', ')}</li>}
      </ul>
      {!plan.ownFormat && (
      <fieldset class="match-mode" disabled={busy}>
        <legend>Rows that name only a site (a domain or a home page)</legend>
        <label>
          <input type="radio" name="match-mode" checked={plan.matchMode === 'domain'} onChange={() => props.onMatchMode('domain')} />
          join the prospect already saved on that domain
        </label>
        <label>
          <input type="radio" name="match-mode" checked={plan.matchMode === 'url'} onChange={() => props.onMatchMode('url')} />
          one prospect per URL
        </label>
      </fieldset>
      )}
      <ImportStages stages={plan.stages} />
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
              <li key={a.prospect.id}>
                <span class="muted">{linesText(a.lines)}:</span> <span class="mono">{a.prospect.url}</span>
                {a.prospect.contacts.length > 0 && <span class="muted"> · {counted(a.prospect.contacts.length, "contact")}</span>}
              </li>
            ))}
          </ul>
          <More total={plan.toAdd.length} />
        </>
      )}
      {plan.toUpdate.length > 0 && (
        <>
          <ImportUpdates updates={plan.toUpdate} shown={SHOWN} choices={props.choices} campaignName={props.campaignName} onChoose={props.onChoose} onChooseAll={props.onChooseAll} />
          <More total={plan.toUpdate.length} />
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={props.onApply} disabled={busy || writes === 0}>
          Apply: {n(plan.toAdd.length)} new, {n(plan.toUpdate.length)} merged
        </button>
        <button type="button" onClick={props.onCancel}>
          {busy ? 'Stop' : 'Cancel'}
        </button>
      </div>
    </section>
  );
}
