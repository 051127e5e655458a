import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { CheckBar, type CheckBarProps } from '@/components/popup/CheckBar';
import type { CheckJob } from '@/lib/db/check-records';
import type { VerdictClass } from '@/lib/schemas/link-verdict';

afterEach(cleanup);

const job = (patch: Partial<CheckJob> = {}): CheckJob => ({ id: 'j', pageUrl: 'https://p.example/', tabId: 1, createdAt: 1, total: 10, done: 4, state: 'running', ...patch });

function setup(patch: Partial<CheckBarProps> = {}) {
  const props: CheckBarProps = {
    job: null, running: false, counts: new Map(), scope: 'outbound', classFilter: 'any', error: '',
    onScope: vi.fn(), onClassFilter: vi.fn(), onCheck: vi.fn(), onCancel: vi.fn(), onExport: vi.fn(),
    ...patch,
  };
  render(<CheckBar {...props} />);
  return props;
}

describe('CheckBar', () => {
  it('starts a check of the chosen scope; without results there is nothing to re-check or export', () => {
    const props = setup();
    fireEvent.change(screen.getByLabelText('Check'), { target: { value: 'all' } });
    expect(props.onScope).toHaveBeenCalledWith('all');
    fireEvent.click(screen.getByRole('button', { name: 'Check links' }));
    expect(props.onCheck).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('button', { name: 'Re-check' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'CSV' })).toBeNull();
    expect(screen.queryByLabelText('Status')).toBeNull();
  });

  it('shows progress while a check runs, offers Cancel and locks the scope', () => {
    const props = setup({ job: job(), running: true });
    expect(screen.getByRole('progressbar', { name: 'Links checked' })).toHaveProperty('value', 4);
    expect(screen.getByText('4 / 10 checked')).toBeTruthy();
    expect((screen.getByLabelText('Check') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Check links' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onCancel).toHaveBeenCalledOnce();
  });

  it('says a stopped check was cancelled', () => {
    setup({ job: job({ state: 'cancelled' }) });
    expect(screen.getByText('4 / 10 checked (cancelled)')).toBeTruthy();
  });

  it('adds broken, soft 404 and parked into one Dead count, the badge\'s and the legend\'s number', () => {
    setup({ job: job({ state: 'done', done: 9, total: 9 }), counts: new Map<VerdictClass, number>([['ok', 3], ['broken', 2], ['soft-404', 1], ['parked', 1], ['timeout', 2]]) });
    expect(screen.getByTestId('class-summary').textContent).toMatch(/^Dead 4/);
  });

  it('says nothing of dead links when there are none', () => {
    setup({ job: job({ state: 'done', done: 3, total: 3 }), counts: new Map<VerdictClass, number>([['ok', 3]]) });
    expect(screen.getByTestId('class-summary').textContent).toBe('OK 3');
  });

  it('with results: counts per class, a status filter, Re-check and the CSV report', () => {
    const counts = new Map<VerdictClass, number>([['ok', 7], ['broken', 2]]);
    const props = setup({ job: job({ state: 'done', done: 9, total: 9 }), counts });
    expect(screen.getByTestId('class-summary').textContent).toBe('Dead 2OK 7Broken 2');
    const filter = screen.getByLabelText('Status');
    expect(screen.getByRole('option', { name: 'Broken (2)' })).toBeTruthy();
    fireEvent.change(filter, { target: { value: 'broken' } });
    expect(props.onClassFilter).toHaveBeenCalledWith('broken');
    fireEvent.click(screen.getByRole('button', { name: 'Re-check' }));
    expect(props.onCheck).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    expect(props.onExport).toHaveBeenCalledOnce();
  });

  it('announces an error', () => {
    setup({ error: 'The check could not start: offline' });
    expect(screen.getByRole('alert').textContent).toBe('The check could not start: offline');
  });
});
