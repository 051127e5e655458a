import type { MergeChoice, MergeChoices, MergeField } from '@/lib/export/import-merge';
import type { PlannedUpdate } from '@/lib/export/import-plan';
import { conflictValue, fieldLabel } from './import-labels';

interface Props {
  update: PlannedUpdate;
  choices: MergeChoices;
  campaignName: (id: string) => string;
  onChoose: (field: MergeField, choice: MergeChoice) => void;
}

/** "Keep mine / take the file's" for each field where the file and the stored prospect disagree. */
export function ImportConflicts({ update, choices, campaignName, onChoose }: Props) {
  const id = update.before.id;
  return (
    <div class="conflicts">
      {update.conflicts.map((c) => {
        const chosen = choices[c.field] ?? 'mine';
        const name = `conflict-${id}-${c.field}`;
        return (
          <fieldset key={c.field} class="conflict" data-testid="conflict">
            <legend>{fieldLabel(c.field)} differs</legend>
            <label>
              <input type="radio" name={name} checked={chosen === 'mine'} onChange={() => onChoose(c.field, 'mine')} />
              Keep mine: <span class="value">{conflictValue(c.field, c.mine, campaignName)}</span>
            </label>
            <label>
              <input type="radio" name={name} checked={chosen === 'theirs'} onChange={() => onChoose(c.field, 'theirs')} />
              Take the file's: <span class="value">{conflictValue(c.field, c.theirs, campaignName)}</span>
              {c.removesFollowUp !== undefined && <span class="muted"> (also removes the follow-up of {conflictValue('followUpAt', c.removesFollowUp, campaignName)})</span>}
            </label>
          </fieldset>
        );
      })}
    </div>
  );
}
