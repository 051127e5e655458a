import type { DisavowCandidate } from '@/lib/backlinks/disavow';

interface Props {
  candidates: readonly DisavowCandidate[];
  isChosen: (c: DisavowCandidate) => boolean;
  threshold: number;
  onThreshold: (value: number) => void;
  onToggle: (domain: string, on: boolean) => void;
  onExport: () => void;
  chosenCount: number;
}

/** Domains to disavow, pre-selected by the spam score of their linking pages, each with its reasons. */
export function DisavowBuilder({ candidates, isChosen, threshold, onThreshold, onToggle, onExport, chosenCount }: Props) {
  return (
    <section aria-labelledby="disavow-title" class="disavow">
      <h3 id="disavow-title">Disavow builder</h3>
      <div class="filter-row">
        <label class="field">
          <span>Pre-select domains with a spam score of at least</span>
          <input type="number" min={0} max={100} value={threshold} onInput={(e) => onThreshold(Number(e.currentTarget.value))} />
        </label>
        <button type="button" class="primary" onClick={onExport} disabled={chosenCount === 0}>Download disavow.txt ({chosenCount})</button>
      </div>
      <ul class="disavow-list">
        {candidates.slice(0, 200).map((c) => (
          <li key={c.domain}>
            <label>
              <input type="checkbox" checked={isChosen(c)} onChange={(e) => onToggle(c.domain, e.currentTarget.checked)} />
              <span class="mono">{c.domain}</span> <span class="muted small">spam {c.score}, {c.urls.length} page{c.urls.length === 1 ? '' : 's'}</span>
            </label>
            {c.reasons.length > 0 && <span class="small muted reasons">{c.reasons.slice(0, 3).join(' · ')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
