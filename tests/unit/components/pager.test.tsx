import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Pager } from '@/components/dashboard/Pager';
import { ExportProgress } from '@/components/dashboard/ExportProgress';

afterEach(cleanup);

describe('Pager', () => {
  it('pages on before the total is counted, offering the last page only once it is known', () => {
    const onPage = vi.fn();
    const { rerender } = render(<Pager page={1} total={null} more shown={50} onPage={onPage} />);
    expect(screen.getByTestId('row-count').textContent).toBe('51–100 of … prospects (counting)');
    expect(screen.getByRole('button', { name: 'Last page' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPage).toHaveBeenLastCalledWith(2);
    rerender(<Pager page={1} total={null} more={false} shown={50} onPage={onPage} />);
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    rerender(<Pager page={1} total={420} more shown={50} onPage={onPage} />);
    expect(screen.getByTestId('row-count').textContent).toBe('51–100 of 420 prospects');
    fireEvent.click(screen.getByRole('button', { name: 'Last page' }));
    expect(onPage).toHaveBeenLastCalledWith(8);
  });
});

describe('ExportProgress', () => {
  it('shows the rows written and stops the export', () => {
    const onStop = vi.fn();
    const { rerender } = render(<ExportProgress progress={{ done: 3000, total: 100_000 }} onStop={onStop} />);
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('3000');
    expect(bar.getAttribute('max')).toBe('100000');
    expect(screen.getByText(/Rows written: 3,000 of 100,000/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stop export' }));
    expect(onStop).toHaveBeenCalledOnce();
    // Without a known total the bar has no value: it is indeterminate.
    rerender(<ExportProgress progress={{ done: 1000, total: null }} onStop={onStop} />);
    expect(screen.getByRole('progressbar').hasAttribute('value')).toBe(false);
  });
});
