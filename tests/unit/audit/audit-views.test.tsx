import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BarChart } from '@/components/dashboard/BarChart';
import { MonitorRow } from '@/components/dashboard/MonitorRow';
import { DisavowBuilder } from '@/components/dashboard/DisavowBuilder';
import type { MonitoredLink } from '@/lib/db/monitor-records';
import { INITIAL_STATUS } from '@/lib/monitor/transition';

const link = (over: Partial<MonitoredLink> = {}): MonitoredLink => ({
  ...INITIAL_STATUS, id: 'm1', prospectId: 'p1', pageUrl: 'https://blog.example/post', expected: { targetUrl: 'https://mine.example/', anchorText: 'Mine', rel: [] },
  frequency: 'weekly', active: true, createdAt: 0, nextCheckAt: 86_400_000, history: [], notifiedState: null, ...over,
});

describe('audit views', () => {
  it('a bar chart carries its numbers in a table for screen readers', () => {
    render(<BarChart title="Anchor text" bars={[{ label: 'branded', value: 3 }, { label: 'exact match', value: 1 }]} />);
    const table = screen.getByRole('table', { name: 'Anchor text' });
    expect(within(table).getByRole('rowheader', { name: 'branded' }).parentElement?.textContent).toBe('branded375 %');
    expect(within(table).getByRole('rowheader', { name: 'exact match' }).parentElement?.textContent).toBe('exact match125 %');
  });

  it('a missing monitored link offers "Verify in a tab" and its history; a live one does not', () => {
    const onVerify = vi.fn();
    const missing = link({ state: 'missing', change: 'The link is not in the page', history: [{ at: 5, outcome: 'missing', state: 'missing', detail: 'gone from the HTML', via: 'reader' }] });
    const { unmount } = render(<table><tbody><MonitorRow link={missing} busy={false} onRecheck={vi.fn()} onVerifyInTab={onVerify} onToggleActive={vi.fn()} onRemove={vi.fn()} /></tbody></table>);
    expect(screen.getByTestId('monitor-state').textContent).toBe('Missing');
    fireEvent.click(screen.getByRole('button', { name: 'Verify in a tab' }));
    expect(onVerify).toHaveBeenCalledOnce();
    expect(screen.getByText(/gone from the HTML/)).toBeTruthy();
    // The history scrolls inside the row: it takes the focus, so the keyboard can scroll it, and says whose it is.
    const history = screen.getByRole('list', { name: `Check history of ${missing.pageUrl}` });
    expect(history.tabIndex).toBe(0);
    unmount();
    render(<table><tbody><MonitorRow link={link({ state: 'live' })} busy={false} onRecheck={vi.fn()} onVerifyInTab={vi.fn()} onToggleActive={vi.fn()} onRemove={vi.fn()} /></tbody></table>);
    expect(screen.queryByRole('button', { name: 'Verify in a tab' })).toBeNull();
  });

  it('the disavow builder shows each domain with its reasons and reports ticks', () => {
    const onToggle = vi.fn();
    render(
      <DisavowBuilder
        candidates={[{ domain: 'spam.example', score: 80, reasons: ['Link farm: 300 links'], urls: ['https://spam.example/a'], preselected: true }]}
        isChosen={(c) => c.preselected} threshold={50} onThreshold={vi.fn()} onToggle={onToggle} onExport={vi.fn()} chosenCount={1}
      />,
    );
    const box = screen.getByRole('checkbox', { name: /spam\.example/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Link farm: 300 links')).toBeTruthy();
    fireEvent.click(box);
    expect(onToggle).toHaveBeenCalledWith('spam.example', false);
    expect(screen.getByRole('button', { name: 'Download disavow.txt (1)' })).toBeTruthy();
  });
});
