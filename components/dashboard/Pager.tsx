import { pageCount, rangeLabel } from '@/lib/state/dashboard/paging';
import { formatCount } from '@/lib/text/numbers';

interface Props {
  page: number;
  /** Null while the matches are being counted: the rows show first. */
  total: number | null;
  /** Whether the next page has rows (known before the total). */
  more: boolean;
  shown: number;
  onPage: (page: number) => void;
}

/** Page controls and the "51–100 of 1,234" count ("of …" until counted). */
export function Pager({ page, total, more, shown, onPage }: Props) {
  const last = total === null ? null : pageCount(total) - 1;
  const atEnd = last === null ? !more : page >= last;
  return (
    <nav class="pager" aria-label="Pages">
      <p class="pager-count" data-testid="row-count" aria-live="polite" aria-busy={total === null}>
        {rangeLabel(page, shown, total)} prospects{total === null && <span class="visually-hidden"> (counting)</span>}
      </p>
      <button type="button" onClick={() => onPage(0)} disabled={page === 0} aria-label="First page">
        «
      </button>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        Previous
      </button>
      <span>
        Page {page + 1} of {last === null ? '…' : formatCount(last + 1)}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={atEnd}>
        Next
      </button>
      <button type="button" onClick={() => last !== null && onPage(last)} disabled={last === null || page >= last} aria-label="Last page">
        »
      </button>
    </nav>
  );
}
