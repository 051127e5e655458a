import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { createDashboardState, type DashboardState } from '@/lib/state/dashboard/state';
import { createDashboardImport, type DashboardImport } from '@/lib/state/dashboard/import-actions';
import type { DashboardApi } from '@/components/dashboard/api';
import { ImportSection } from '@/components/dashboard/ImportSection';
import { freshDb, makeProspect } from '../db/fixtures';

let db: LinkscoutDb;
let state: DashboardState;
let importer: DashboardImport;

beforeEach(async () => {
  db = freshDb();
  state = createDashboardState();
  importer = createDashboardImport(state, db);
  state.campaigns.value = [{ id: 'c-spring', name: 'Spring', createdAt: 0 }];
  await db.campaigns.add({ id: 'c-spring', name: 'Spring', createdAt: 0 });
  await db.prospects.bulkAdd([
    makeProspect('https://garden.example/links', { id: 'g', title: 'Links we love', status: 'contacted', campaignId: 'c-spring' }),
    makeProspect('https://shed.example/', { id: 's', title: 'Shed', status: 'qualified' }),
  ]);
});
afterEach(cleanup);

// Only what ImportSection reads; the other parts of the API are not used by it.
const app = () => ({ state, actions: { importer } }) as unknown as DashboardApi;
const bytes = (text: string) => new TextEncoder().encode(text);
const FILE = 'Name,Website,Relationship Stage,Project\nGarden Weekly,https://garden.example/links,Link Accepted,Autumn\nShed Co,https://shed.example/,Attempting to Reach,\n';

describe('the import preview', () => {
  it('shows each conflicting field with "keep mine" chosen, and the stage mapping table', async () => {
    await importer.preview(bytes(FILE), 'buzzstream.csv');
    render(<ImportSection app={app()} />);
    expect(await screen.findByText(/read as BuzzStream export/)).toBeTruthy();
    const stages = screen.getByTestId('stage-map');
    expect(within(stages).getByRole('rowheader', { name: 'Link Accepted' }).closest('tr')?.textContent).toContain('Won (link live)');
    const groups = screen.getAllByRole('group', { name: /differs/ });
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual(['Status differs', 'Campaign differs', 'Status differs']);
    const campaign = screen.getByRole('group', { name: 'Campaign differs' });
    expect(within(campaign).getByRole('radio', { name: 'Keep mine: Spring' })).toHaveProperty('checked', true);
    expect(within(campaign).getByRole('radio', { name: "Take the file's: Autumn" })).toHaveProperty('checked', false);
  });

  it('applies the choice made for one field and keeps mine for the rest', async () => {
    await importer.preview(bytes(FILE), 'buzzstream.csv');
    const { rerender } = render(<ImportSection app={app()} />);
    const [gardenStatus] = screen.getAllByRole('group', { name: 'Status differs' });
    fireEvent.click(within(gardenStatus as HTMLElement).getByRole('radio', { name: /Take the file's: Won/ }));
    rerender(<ImportSection app={app()} />);
    expect(within(gardenStatus as HTMLElement).getByRole('radio', { name: /Take the file's: Won/ })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: /^Apply/ }));
    await waitForPlanCleared();
    expect(await db.prospects.get('g')).toMatchObject({ status: 'won', campaignId: 'c-spring' });
    expect(await db.prospects.get('s')).toMatchObject({ status: 'qualified' });
  });

  it("says that taking the file's Won removes the prospect's follow-up, and taking it does so", async () => {
    await db.prospects.update('g', { followUpAt: Date.UTC(2025, 6, 14) });
    await importer.preview(bytes(FILE), 'buzzstream.csv');
    const { rerender } = render(<ImportSection app={app()} />);
    const [gardenStatus, shedStatus] = screen.getAllByRole('group', { name: 'Status differs' });
    const take = within(gardenStatus as HTMLElement).getByRole('radio', { name: "Take the file's: Won (link live) (also removes the follow-up of 2025-07-14)" });
    expect(within(shedStatus as HTMLElement).getByRole('radio', { name: /^Take the file's/ }).closest('label')?.textContent).not.toMatch(/follow-up/);
    fireEvent.click(take);
    rerender(<ImportSection app={app()} />);
    fireEvent.click(screen.getByRole('button', { name: /^Apply/ }));
    await waitForPlanCleared();
    expect(await db.prospects.get('g')).toMatchObject({ status: 'won', followUpAt: null });
  });

  it('"Take the file\'s" for all switches every conflict', async () => {
    await importer.preview(bytes(FILE), 'buzzstream.csv');
    const { rerender } = render(<ImportSection app={app()} />);
    fireEvent.click(within(screen.getByRole('group', { name: 'Choice for every conflict' })).getByRole('button', { name: "Take the file's" }));
    rerender(<ImportSection app={app()} />);
    const chosen = screen.getAllByRole('radio', { name: /^Take the file's/ }).map((r) => (r as HTMLInputElement).checked);
    expect(chosen).toEqual([true, true, true]);
  });

  it('switching to one prospect per URL plans again', async () => {
    await importer.preview(bytes('Domain name,Email address\ngarden.example,jane@garden.example\n'), 'hunter.csv');
    const { rerender } = render(<ImportSection app={app()} />);
    expect(screen.getByTestId('preview-updates').textContent).toBe('1 merged');
    fireEvent.click(screen.getByRole('radio', { name: 'one prospect per URL' }));
    await waitFor(() => expect(state.importPlan.value?.matchMode).toBe('url'));
    rerender(<ImportSection app={app()} />);
    expect(screen.getByTestId('preview-new').textContent).toBe('1 new');
    expect(screen.getByTestId('preview-updates').textContent).toBe('0 merged');
  });
});

const waitForPlanCleared = () => waitFor(() => expect(state.transfer.value.kind).toBe('done'));
