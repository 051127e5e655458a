import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FootprintsView } from '@/components/dashboard/footprints/FootprintsView';
import { createFootprintsActions, createFootprintsState, loadFootprints } from '@/lib/state/dashboard/footprints-state';
import type { FootprintPrefs } from '@/lib/schemas/footprints';

afterEach(cleanup);

async function setup() {
  const state = createFootprintsState();
  const saved: FootprintPrefs[] = [];
  const actions = createFootprintsActions(state, async (p) => void saved.push(p));
  await loadFootprints(state, async () => null, async () => ['mycafe.example']);
  render(<FootprintsView state={state} actions={actions} />);
  return { state, saved };
}

describe('the query builder', () => {
  it('builds a query per template and keyword, each a link to the engine, and remembers the inputs', async () => {
    const { saved } = await setup();
    fireEvent.change(screen.getByLabelText('Niche keywords (one per line)'), { target: { value: 'cold brew' } });
    const list = screen.getByRole('list', { name: 'Queries' });
    const first = within(list).getAllByRole('link')[0] as HTMLAnchorElement;
    expect(first.textContent).toContain('Open in Google');
    expect(decodeURIComponent(first.href.replace(/\+/g, ' '))).toContain('"cold brew" intitle:"write for us" -site:mycafe.example -site:pinterest.com');
    expect(saved.at(-1)?.keywords).toBe('cold brew');

    fireEvent.click(screen.getByLabelText('DuckDuckGo'));
    fireEvent.change(screen.getByLabelText('Tactic'), { target: { value: 'resource-pages' } });
    expect(within(screen.getByRole('list', { name: 'Queries' })).getAllByText(/DuckDuckGo has no intext:/).length).toBeGreaterThan(0);
  });

  it('edits, adds and removes templates of the chosen tactic', async () => {
    const { state } = await setup();
    fireEvent.change(screen.getByLabelText('Tactic'), { target: { value: 'directories' } });
    const before = state.templates.value.length;
    fireEvent.input(screen.getByLabelText('New template'), { target: { value: '{kw} "list your roastery"' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(state.templates.value.length).toBe(before + 1);
    expect(screen.getByText((t) => t.includes('"list your roastery"'), { selector: 'code' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove template 1' }));
    expect(state.templates.value.length).toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Restore built-in templates' }));
    expect(state.templates.value.map((t) => t.id).filter((id) => id.startsWith('dir-'))).toHaveLength(5);
  });
});
