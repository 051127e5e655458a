import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { FIRST_SCREEN_ROWS, ProspectTable } from '@/components/dashboard/ProspectTable';
import { dayStart } from '@/lib/state/dashboard/dates';
import { makeProspect } from '../db/fixtures';

afterEach(cleanup);

type Props = Parameters<typeof ProspectTable>[0];

const ROWS = [
  makeProspect('https://garden.example/tools', {
    id: 'p1', title: 'Best garden tools', campaignId: 'c1', tags: ['tools', 'diy'], relevance: 7,
    contacts: [{ kind: 'phone', value: '+1 555', source: 'tel link' }, { kind: 'email', value: 'ed@garden.example', source: 'mailto link' }],
  }),
  makeProspect('https://soil.example/', { id: 'p2', status: 'contacted' }),
];

function setup(patch: Partial<Props> = {}) {
  const props: Props = {
    rows: ROWS, campaigns: [{ id: 'c1', name: 'Spring', createdAt: 1 }], doNotContact: [], sort: { field: 'updatedAt', direction: 'desc' }, selection: new Set(), busy: false,
    onSort: vi.fn(), onToggleRow: vi.fn(), onTogglePage: vi.fn(), onOpen: vi.fn(), onEdit: vi.fn(),
    ...patch,
  };
  render(<ProspectTable {...props} />);
  return props;
}

describe('ProspectTable', () => {
  it('draws a screenful of rows in its first frame and the whole page in the next', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => makeProspect(`https://site${i}.example/`, { id: `p${i}`, title: `Page ${i}` }));
    setup({ rows });
    const table = screen.getByRole('table', { name: 'Prospects' });
    // The header row and the first screenful.
    expect(within(table).getAllByRole('row')).toHaveLength(FIRST_SCREEN_ROWS + 1);
    expect(FIRST_SCREEN_ROWS).toBeLessThan(50);
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(51));
    expect(within(table).getByRole('button', { name: 'Page 49' })).toBeTruthy();
  });

  it('shows a row per prospect with its domain, campaign, tags, first e-mail and relevance', () => {
    setup();
    const table = screen.getByRole('table', { name: 'Prospects' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('button', { name: 'Best garden tools' })).toBeTruthy();
    expect(within(first!).getByText('garden.example')).toBeTruthy();
    expect(within(first!).getByText('Spring')).toBeTruthy();
    expect(within(first!).getByText('diy')).toBeTruthy();
    expect(within(first!).getByText('ed@garden.example')).toBeTruthy();
    expect(within(first!).getByText('7')).toBeTruthy();
    // A page without a title is named by its URL.
    expect(within(second!).getByRole('button', { name: '(untitled page)' })).toBeTruthy();
    expect((within(second!).getByLabelText('Status of https://soil.example/') as HTMLSelectElement).value).toBe('contacted');
  });

  it('marks the sorted column for screen readers and sorts by a header', () => {
    const props = setup({ sort: { field: 'domain', direction: 'asc' } });
    expect(screen.getByRole('columnheader', { name: /Domain/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /Updated/ }).getAttribute('aria-sort')).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: /Relevance/ }));
    expect(props.onSort).toHaveBeenCalledWith('relevance');
  });

  it('selects rows, and the page box is mixed when some are selected', () => {
    const props = setup({ selection: new Set(['p1']) });
    const all = screen.getByRole('checkbox', { name: 'Select all on this page' }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Select Best garden tools' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select https://soil.example/' }));
    expect(props.onToggleRow).toHaveBeenCalledWith('p2');
    fireEvent.click(all);
    expect(props.onTogglePage).toHaveBeenCalledWith(true);
  });

  it('edits status and follow-up date in place, and opens the details', () => {
    const props = setup();
    fireEvent.change(screen.getByLabelText('Status of Best garden tools'), { target: { value: 'replied' } });
    expect(props.onEdit).toHaveBeenCalledWith('p1', { status: 'replied' });
    fireEvent.click(screen.getByRole('button', { name: /^Follow-up date of Best garden tools/ }));
    fireEvent.change(screen.getByLabelText('Follow-up date of Best garden tools'), { target: { value: '2025-03-04' } });
    expect(props.onEdit).toHaveBeenLastCalledWith('p1', { followUpAt: dayStart('2025-03-04') });
    fireEvent.change(screen.getByLabelText('Follow-up date of Best garden tools'), { target: { value: '' } });
    expect(props.onEdit).toHaveBeenLastCalledWith('p1', { followUpAt: null });
    fireEvent.click(screen.getByRole('button', { name: 'Best garden tools' }));
    expect(props.onOpen).toHaveBeenCalledWith('p1');
  });

  it('tells assistive technology while new rows are on their way', () => {
    setup({ busy: true });
    expect(screen.getByRole('table', { name: 'Prospects' }).getAttribute('aria-busy')).toBe('true');
  });
});
