import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FilterBar } from '@/components/dashboard/FilterBar';
import { createDashboardState } from '@/lib/state/dashboard/state';
import { createDashboardActions } from '@/lib/state/dashboard/actions';
import { freshDb } from '../db/fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('FilterBar on the due follow-ups list', () => {
  it('shows the follow-up date set by #follow-ups as an applied filter the user can clear', () => {
    vi.useFakeTimers({ now: new Date(2026, 2, 14, 9, 30) });
    const state = createDashboardState();
    const actions = createDashboardActions(state, { db: freshDb(), hash: { set: () => undefined }, download: () => undefined });
    actions.followHash('#follow-ups');
    const onClear = vi.fn();
    const ui = () => (
      <FilterBar
        filters={state.filters.value} searchInput={state.searchInput.value} campaigns={[]} tags={[]} filtered={state.filtered.value}
        onChange={actions.setFilters} onSearch={actions.setSearch} onClear={onClear} onTagsWanted={() => undefined}
      />
    );
    const { rerender } = render(ui());
    const status = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    expect(status.value).toBe('open');
    expect(status.selectedOptions[0]?.textContent).toBe('Any open status');
    expect(screen.getByText('Date ranges (set)').closest('details')?.open).toBe(true);
    const followUp = within(screen.getByRole('group', { name: 'Follow-up' }));
    expect((followUp.getByLabelText('to') as HTMLInputElement).value).toBe('2026-03-14');
    expect((followUp.getByLabelText('from') as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClear).toHaveBeenCalledTimes(1);
    actions.clearFilters();
    rerender(ui());
    expect(screen.getByText('Date ranges')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });
});
