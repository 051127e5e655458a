// `npm run bench:check`: our link checker against linkinator on the same 500-link page over ~50
// loopback hosts. Prints a table and writes out/bench-check.json. Timings are figures, never
// assertions; the run fails only when something crashes or our per-host limit is broken.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE_OPTIONS } from '@/lib/check/host-queue';
import { printable, reportJson, toRow, type Row } from '@/tests/bench/check-report';
import { runLinkinator, runLinkscout, TIMEOUT_MS, type Run } from '@/tests/bench/check-runs';

const OUT = fileURLToPath(new URL('../../out/', import.meta.url));
const { perHost, globalLimit, gapMs } = DEFAULT_QUEUE_OPTIONS;
const rows: Row[] = [];

function record(tool: Row['tool'], settings: string, run: Run): Row {
  const r = toRow(tool, settings, run);
  rows.push(r);
  expect(r.run.stopped).toBeNull();
  expect(r.run.answers.size).toBeGreaterThan(0);
  return r;
}

/** Our queue's promise, seen from both ends: the farm's servers and our own fetch calls. */
function expectPolite(r: Row): void {
  expect(r.maxPerHost).toBeGreaterThan(0);
  expect(r.maxPerHost).toBeLessThanOrEqual(perHost);
  expect(r.maxOpenPerHost).toBeLessThanOrEqual(perHost);
}

describe('link checking: linkscout vs linkinator on 500 links over 50 loopback hosts', () => {
  beforeAll(() => {
    // linkinator sends through a proxy named in these; every request here must stay on loopback.
    for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];
  });

  it(`linkscout, default politeness (${perHost}/host, ${globalLimit} overall, ${gapMs} ms gap)`, async () => {
    expectPolite(record('linkscout', `${perHost}/host, ${globalLimit} global, gap ${gapMs} ms`, await runLinkscout({})));
  }, 60_000);

  it('linkscout, no gap between requests to a host', async () => {
    expectPolite(record('linkscout', `${perHost}/host, ${globalLimit} global, gap 0 ms`, await runLinkscout({ gapMs: 0 })));
  }, 60_000);

  // linkinator only waits out a Retry-After; after a 429 our queue also keeps that host at one
  // request at a time with a gap of at least 1 s for the rest of the batch. Capping that gap at 0
  // shows how much of our wall time is that politeness rather than the checking itself.
  it('linkscout, no gap, and no longer gap after a 429', async () => {
    expectPolite(record('linkscout', `${perHost}/host, ${globalLimit} global, gap 0 ms, maxGapMs 0`, await runLinkscout({ gapMs: 0, maxGapMs: 0 })));
  }, 60_000);

  it.each([
    { concurrency: globalLimit, label: `concurrency ${globalLimit}` },
    { concurrency: 100, label: 'concurrency 100 (its default)' },
  ])('linkinator, $label', async ({ concurrency, label }) => {
    record('linkinator', `${label}, 2 retries`, await runLinkinator({ concurrency, retries: 2 }));
  }, 60_000);

  afterAll(() => {
    console.log(printable(rows, TIMEOUT_MS));
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}bench-check.json`, reportJson(rows, TIMEOUT_MS));
    console.log(`Figures written to ${OUT}bench-check.json`);
  });
});
