import type { LinkscoutDb } from '@/lib/db/database';
import type { ResultRow } from '@/lib/serp/rows';
import type { Engine } from '@/lib/serp/types';
import { createQualifyJob } from '@/lib/db/qualify-jobs';

const ENGINE_NAME: Record<Engine, string> = { google: 'Google', bing: 'Bing', duckduckgo: 'DuckDuckGo' };

/** Sends selected results to bulk qualification and opens the dashboard's table for them. */
export async function qualifyFromResults(
  db: LinkscoutDb,
  rows: readonly ResultRow[],
  search: { query: string; engine: Engine },
  openDashboard: (hash: string) => void,
  wake: () => Promise<unknown> = () => Promise.resolve(),
): Promise<string> {
  const job = await createQualifyJob(
    db,
    rows.map((r) => ({ url: r.url, foundBy: { query: search.query, engine: search.engine, position: r.position } })),
    `${ENGINE_NAME[search.engine]}: ${search.query}`,
  );
  await wake().catch(() => undefined);
  openDashboard(`#qualify=${encodeURIComponent(job.id)}`);
  return `Qualifying ${job.total} result${job.total === 1 ? '' : 's'} in the dashboard.`;
}
