import type { LinkscoutDb } from '@/lib/db/database';
import type { ResultRow } from '@/lib/serp/rows';
import type { Engine } from '@/lib/serp/types';
import { createQualifyJob, qualifyRows } from '@/lib/db/qualify-jobs';
import { queueQualifyReads } from '@/lib/db/qualify-reads';

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
  // Queued in IndexedDB first, so the reads happen even if waking the background fails now.
  await queueQualifyReads(db, await qualifyRows(db, job.id));
  await wake().catch(() => undefined);
  openDashboard(`#qualify=${encodeURIComponent(job.id)}`);
  return `Qualifying ${job.total} result${job.total === 1 ? '' : 's'} in the dashboard.`;
}
