import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { pipelineSummary, weekStart, weeklyActivity } from '@/lib/db/pipeline';
import { freshDb, makeProspect } from './fixtures';

let db: LinkscoutDb;
afterEach(async () => {
  await db?.delete();
});

const MONDAY = Date.UTC(2025, 5, 2); // Monday 2 June 2025
const DAY = 86_400_000;

describe('pipeline numbers', () => {
  it('finds the Monday of a week', () => {
    expect(weekStart(MONDAY)).toBe(MONDAY);
    expect(weekStart(MONDAY + 6 * DAY + 1000)).toBe(MONDAY);
    expect(weekStart(MONDAY - 1)).toBe(MONDAY - 7 * DAY);
  });

  it('counts moves into contacted and won per week, inside the window only', () => {
    const now = MONDAY + 2 * DAY;
    const rows = [
      { history: [{ kind: 'status' as const, at: MONDAY + DAY, from: 'new' as const, to: 'contacted' as const }, { kind: 'status' as const, at: MONDAY + DAY + 5, from: 'contacted' as const, to: 'won' as const }] },
      { history: [{ kind: 'status' as const, at: MONDAY - 3 * DAY, from: 'qualified' as const, to: 'contacted' as const }] },
      { history: [{ kind: 'status' as const, at: MONDAY - 30 * DAY, from: 'new' as const, to: 'won' as const }] },
    ];
    expect(weeklyActivity(rows, now, 2)).toEqual([
      { weekStart: MONDAY - 7 * DAY, contacted: 1, won: 0 },
      { weekStart: MONDAY, contacted: 1, won: 1 },
    ]);
  });

  it('counts prospects per status from the database', async () => {
    db = freshDb();
    await db.prospects.bulkAdd([
      makeProspect('https://a.test/', { status: 'won', updatedAt: MONDAY, history: [{ kind: 'status', at: MONDAY, from: 'new', to: 'won' }] }),
      makeProspect('https://b.test/', { status: 'won' }),
      makeProspect('https://c.test/', { status: 'contacted' }),
    ]);
    const summary = await pipelineSummary(db, MONDAY + DAY, 4);
    expect(summary.byStatus.find((s) => s.status === 'won')?.count).toBe(2);
    expect(summary.byStatus.find((s) => s.status === 'contacted')?.count).toBe(1);
    expect(summary.byStatus.find((s) => s.status === 'new')?.count).toBe(0);
    expect(summary.weeks.at(-1)).toEqual({ weekStart: MONDAY, contacted: 0, won: 1 });
  });
});
