import type { ResultRow } from '@/lib/serp/rows';
import type { ResultLabel } from '@/lib/serp/types';
import { ResultBadge } from './ResultBadge';

export const LABEL_TEXT: Record<ResultLabel, string> = {
  organic: 'Organic',
  ad: 'Ad',
  'people-also-ask': 'People also ask',
  video: 'Video',
  news: 'News',
  forum: 'Forum',
};

interface Props {
  row: ResultRow;
  checked: boolean;
  now: number;
  onToggle: (url: string) => void;
}

/** One search result: a checkbox named by its title, then where it points and what is known about it. */
export function ResultItem({ row, checked, now, onToggle }: Props) {
  const id = `result-${row.rank}`;
  return (
    <li class={`result ${row.label}`} data-testid="result">
      <input type="checkbox" id={id} checked={checked} onChange={() => onToggle(row.url)} aria-describedby={`${id}-url`} />
      <span class="pos" aria-label={row.position ? `Position ${row.position}` : LABEL_TEXT[row.label]}>
        {row.position ?? '–'}
      </span>
      <div class="body">
        <label for={id} class="title">
          {row.title || row.url}
        </label>
        <a id={`${id}-url`} class="url" href={row.url} target="_blank" rel="noreferrer noopener">
          {row.url}
        </a>
        {row.snippet && <p class="snippet">{row.snippet}</p>}
        <p class="flags">
          <span class={`rlabel ${row.label}`}>{LABEL_TEXT[row.label]}</span>
          <span class="domain mono">{row.domain}</span>
          <ResultBadge badge={row.badge} now={now} />
        </p>
      </div>
    </li>
  );
}
