import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { MonitoringView } from '@/components/dashboard/MonitoringView';
import { createMonitoring, MONITOR_ROWS } from '@/lib/state/dashboard/monitoring';
import { addMonitoredLink } from '@/lib/db/monitored-links';
import type { LinkscoutDb } from '@/lib/db/database';
import { freshDb } from '../db/fixtures';

let db: LinkscoutDb;
afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('MonitoringView', () => {
  it('reads and draws the first links of thousands, and more on request', async () => {
    db = freshDb();
    const count = MONITOR_ROWS * 2 + 50;
    for (let i = 0; i < count; i++) {
      await addMonitoredLink(db, { prospectId: '', pageUrl: `https://site${i}.example/post`, expected: { targetUrl: 'https://mine.example/', anchorText: 'mine', rel: [] }, since: 0 }, 0);
    }
    const monitoring = createMonitoring({ db, now: () => 0, wake: vi.fn(async () => undefined), scanInTab: vi.fn(), download: vi.fn() });
    render(<MonitoringView monitoring={monitoring} />);
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    // The header row, then the first MONITOR_ROWS links.
    expect(within(table).getAllByRole('row')).toHaveLength(MONITOR_ROWS + 1);
    fireEvent.click(await screen.findByRole('button', { name: `Show ${MONITOR_ROWS} more (${MONITOR_ROWS} of ${count} shown)` }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(MONITOR_ROWS * 2 + 1));
    fireEvent.click(await screen.findByRole('button', { name: `Show 50 more (${MONITOR_ROWS * 2} of ${count} shown)` }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(count + 1));
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });
});
