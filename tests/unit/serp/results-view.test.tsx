import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { ResultsApp } from '@/components/popup/results/ResultsApp';
import { createSerpState } from '@/lib/state/popup/serp-state';
import { createSerpController } from '@/lib/state/popup/serp-controller';
import { readResults } from '@/lib/serp/read-results';
import { BUILT_IN_TABLES } from '@/lib/serp/tables';
import { DEFAULT_SERP_SETTINGS, type SerpSettings } from '@/lib/schemas/serp';
import type { SerpRead } from '@/lib/serp/types';
import { registrableDomain } from '@/lib/url/domain';
import { docAt } from '../dom';
import { freshDb, makeProspect } from '../db/fixtures';

const URL_ = 'https://www.google.com/search?q=coffee+intitle%3A%22write+for+us%22';
const NOW = Date.UTC(2026, 10, 29);
const page = readFileSync(join(__dirname, '../../fixtures/serp/google-desktop.html'), 'utf8');
const fullRead = readResults(docAt(URL_, page), URL_, BUILT_IN_TABLES)!;

function setup(reads: SerpRead[], settings: SerpSettings = DEFAULT_SERP_SETTINGS) {
  const db = freshDb();
  const state = createSerpState(registrableDomain, () => NOW);
  let tick = () => {};
  let i = 0;
  const qualified: string[][] = [];
  const saved: SerpSettings[] = [];
  const controller = createSerpController(state, {
    db,
    domainOf: registrableDomain,
    read: async () => ({ ok: true, read: reads[Math.min(i++, reads.length - 1)]! }),
    loadSettings: async () => settings,
    saveSettings: async (s) => void saved.push(s),
    qualify: async (rows) => {
      qualified.push(rows.map((r) => r.url));
      return 'queued';
    },
    openSettings: () => {},
    every: (_ms, run) => {
      tick = run;
      return () => {};
    },
  });
  render(<ResultsApp state={state} actions={controller} now={NOW} />);
  return { db, state, controller, qualified, saved, tick: () => tick() };
}

afterEach(cleanup);

describe('the popup on a results page', () => {
  it('lists results with labels and badges, pre-selects organic ones, hides recently contacted domains', async () => {
    const { db, controller } = setup([fullRead]);
    await db.prospects.bulkAdd([
      makeProspect('https://baristahustle.example/other', { status: 'contacted', updatedAt: NOW - 5 * 86_400_000 }),
      makeProspect('https://espressoplanet.example/', { status: 'qualified' }),
      makeProspect('https://www.roastersjournal.example/x', { status: 'do-not-contact' }),
    ]);
    await controller.start();
    const list = await screen.findByRole('list', { name: /results/ });
    const items = within(list).getAllByTestId('result');
    // baristahustle is hidden (contacted 5 days ago); the second thecoffeecompass result is hidden (one per domain).
    expect(items).toHaveLength(10);
    expect(screen.getByText(/Skip contacted within/).textContent).toContain('(1 hidden)');
    expect(screen.getByText(/One per domain/).textContent).toContain('(1 hidden)');
    expect((screen.getByRole('checkbox', { name: 'Write For Us - The Coffee Compass' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Guest Posts on 500 Coffee Blogs - Fast Placement' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Write for Espresso Planet' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Submit a Guest Post – Roasters Journal' }) as HTMLInputElement).checked).toBe(false);
    expect(within(list).getByText('Saved · qualified')).toBeTruthy();
    expect(within(list).getByText('Do not contact')).toBeTruthy();
    expect(within(list).getAllByText('Ad')).toHaveLength(3);
    expect(screen.getByText('2 of 10 selected')).toBeTruthy();
  });

  it('saves all new results with the query, engine, position and suggested type', async () => {
    const { db, controller } = setup([fullRead]);
    await controller.start();
    fireEvent.click(await screen.findByRole('button', { name: /Save all new/ }));
    await screen.findByText('Saved 8 new prospects.', { selector: '[role=status]' });
    const rows = await db.prospects.toArray();
    const compass = rows.find((r) => r.domain === 'thecoffeecompass.example');
    expect(compass).toMatchObject({ opportunityType: 'guest-post', status: 'new', foundBy: { query: 'coffee intitle:"write for us"', engine: 'google', position: 1 } });
    expect(rows.map((r) => r.url)).not.toContain('https://linkmarket.example/coffee'); // ads are never "new" prospects
    // The badges follow the database: only the three ads are still new.
    await waitFor(() => expect(screen.queryAllByText('New')).toHaveLength(3));
    expect(screen.getByRole('button', { name: 'Save all new (0)' })).toBeTruthy();
  });

  it('picks up results that load late and keeps the user\'s choices', async () => {
    const first: SerpRead = { ...fullRead, results: fullRead.results.slice(0, 4) };
    const { controller, tick, qualified } = setup([first, fullRead]);
    await controller.start();
    const box = await screen.findByRole('checkbox', { name: 'Write For Us - The Coffee Compass' });
    fireEvent.click(box);
    tick();
    await screen.findByRole('checkbox', { name: 'Write for Espresso Planet' });
    expect((screen.getByRole('checkbox', { name: 'Write For Us - The Coffee Compass' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Write for Espresso Planet' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Qualify selected' }));
    await waitFor(() => expect(qualified).toHaveLength(1));
    expect(qualified[0]).toContain('https://espressoplanet.example/write-for-us');
    expect(qualified[0]).not.toContain('https://www.thecoffeecompass.example/write-for-us/');
  });

  it('says when the layout is not recognised, and keeps option changes', async () => {
    const { controller, saved } = setup([{ engine: 'bing', query: 'x', layout: null, results: [] }]);
    await controller.start();
    await screen.findByText('This results layout is not recognised');
    controller.setSkipDays(30);
    expect(saved.at(-1)?.skipContactedDays).toBe(30);
  });
});
