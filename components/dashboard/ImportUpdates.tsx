import type { MergeChoice, MergeChoices, MergeField } from '@/lib/export/import-merge';
import type { PlannedUpdate } from '@/lib/export/import-plan';
import { ImportConflicts } from './ImportConflicts';
import { fieldLabel, linesText } from './import-labels';

interface Props {
  updates: readonly PlannedUpdate[];
  shown: number;
  choices: ReadonlyMap<string, MergeChoices>;
  campaignName: (id: string) => string;
  onChoose: (id: string, field: MergeField, choice: MergeChoice) => void;
  onChooseAll: (choice: MergeChoice) => void;
}

const MATCHED = { id: 'same prospect id', url: 'same page', domain: 'same domain' } as const;

/** Stored prospects the file adds to: what is merged in, and the choices where both sides have a value. */
export function ImportUpdates({ updates, shown, choices, campaignName, onChoose, onChooseAll }: Props) {
  const conflicts = updates.reduce((n, u) => n + u.conflicts.length, 0);
  return (
    <>
      <h4>Merged into saved prospects</h4>
      <p class="muted">Tags and contacts are added, notes appended with the date and file name; nothing is removed.</p>
      {conflicts > 0 && (
        <div class="actions" role="group" aria-label="Choice for every conflict">
          <span>
            {conflicts} field{conflicts === 1 ? '' : 's'} differ. For all:
          </span>
          <button type="button" onClick={() => onChooseAll('mine')}>
            Keep mine
          </button>
          <button type="button" onClick={() => onChooseAll('theirs')}>
            Take the file's
          </button>
        </div>
      )}
      <ul class="preview-list">
        {updates.slice(0, shown).map((u) => (
          <li key={u.before.id} data-testid="preview-update">
            <span class="muted">{linesText(u.lines)} → </span>
            <span class="mono">{u.before.url}</span> <span class="muted">({MATCHED[u.matchedBy]})</span>
            {u.diffs.length > 0 && (
              <table class="diff">
                <caption class="visually-hidden">Changes to {u.before.url}</caption>
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
                      <th scope="row">{fieldLabel(d.field)}</th>
                      <td>{d.from}</td>
                      <td>{d.to}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {u.conflicts.length > 0 && (
              <ImportConflicts update={u} choices={choices.get(u.before.id) ?? {}} campaignName={campaignName} onChoose={(f, c) => onChoose(u.before.id, f, c)} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
