import { pageCount, rangeLabel } from '@/lib/state/dashboard/paging';

interface Props {
  page: number;
  total: number;
  shown: number;
  onPage: (page: number) => void;
}

/** Page controls and the "51–100 of 1,234" count. */
export function Pager({ page, total, shown, onPage }: Props) {
  const last = pageCount(total) - 1;
  return (
    <nav class="pager" aria-label="Pages">
      <p class="pager-count" data-testid="row-count" aria-live="polite">
        {rangeLabel(page, shown, total)} prospects
      </p>
      <button type="button" onClick={() => onPage(0)} disabled={page === 0} aria-label="First page">
        «
      </button>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        Previous
      </button>
      <span>
        Page {page + 1} of {(last + 1).toLocaleString('en')}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= last}>
        Next
      </button>
      <button type="button" onClick={() => onPage(last)} disabled={page >= last} aria-label="Last page">
        »
      </button>
    </nav>
  );
}
