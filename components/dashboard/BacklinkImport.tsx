import { useState } from 'preact/hooks';
import type { BacklinkImportPlan } from '@/lib/export/backlink-import';

const FORMAT_NAMES: Record<BacklinkImportPlan['format'], string> = {
  gsc: 'Google Search Console (linking pages)', 'gsc-sites': 'Google Search Console (top linking sites)', ahrefs: 'Ahrefs', semrush: 'Semrush', majestic: 'Majestic', generic: 'generic columns',
};

interface Props {
  plan: BacklinkImportPlan | null;
  open: boolean;
  onFile: (text: string) => void;
  onPaste: (text: string) => void;
  onApply: () => void;
  onCancel: () => void;
}

/** Import a backlink export or pasted URLs, with a preview of the column mapping and bad rows. */
export function BacklinkImport({ plan, open, onFile, onPaste, onApply, onCancel }: Props) {
  const [pasted, setPasted] = useState('');
  return (
    <details class="backlink-import" open={open}>
      <summary>Import backlinks</summary>
      <div class="filter-row">
        <label class="field">
          <span>Export file (Search Console, Ahrefs, Semrush, Majestic, or any CSV with a source URL column)</span>
          <input type="file" accept=".csv,text/csv" onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) void file.text().then(onFile);
          }} />
        </label>
        <label class="field grow">
          <span>Or paste linking page URLs, one per line</span>
          <textarea rows={3} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => onPaste(pasted)} disabled={!pasted.trim()}>Preview pasted URLs</button>
      </div>
      {plan && (
        <section class="import-preview" aria-labelledby="bl-preview-title" data-testid="backlink-preview">
          <h3 id="bl-preview-title">Preview: {FORMAT_NAMES[plan.format]}, {plan.rows.length} backlinks</h3>
          <ul class="small">
            {Object.entries(plan.mapping).map(([field, header]) => <li key={field}>{field}: “{header}”</li>)}
          </ul>
          {plan.unknownColumns.length > 0 && <p class="small muted">Kept aside with each row: {plan.unknownColumns.join(', ')}</p>}
          {plan.errors.length > 0 && (
            <div role="alert" class="small">
              <p>{plan.errors.length} row{plan.errors.length === 1 ? '' : 's'} skipped:</p>
              <ul>{plan.errors.slice(0, 20).map((e) => <li key={e.line}>line {e.line}: {e.message}</li>)}</ul>
            </div>
          )}
          <div class="actions">
            <button type="button" class="primary" onClick={onApply} disabled={plan.rows.length === 0}>Import {plan.rows.length} and verify</button>
            <button type="button" onClick={onCancel}>Cancel</button>
          </div>
        </section>
      )}
    </details>
  );
}
