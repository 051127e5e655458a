import type { ImportPlan } from '@/lib/export/import-plan';
import { STATUS_LABELS } from '@/components/common/labels';
import { formatCount } from '@/lib/text/numbers';

/** The file's stage words and the pipeline status each becomes: the mapping is shown, never guessed silently. */
export function ImportStages({ stages }: { stages: ImportPlan['stages'] }) {
  if (stages.length === 0) return null;
  return (
    <table class="diff stages" data-testid="stage-map">
      <caption>Stages in the file → status here</caption>
      <thead>
        <tr>
          <th scope="col">Stage in the file</th>
          <th scope="col">Status here</th>
          <th scope="col">Rows</th>
        </tr>
      </thead>
      <tbody>
        {stages.map((s) => (
          <tr key={s.stage}>
            <th scope="row">{s.stage}</th>
            <td class={s.status ? undefined : 'bad'}>{s.status ? STATUS_LABELS[s.status] : 'not recognised: status left as it is'}</td>
            <td class="num">{formatCount(s.rows)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
