// `npm run bench:check`: our link checker against linkinator on the same 500-link page over 55
// loopback hosts, hard ones included (never answering, 429 with Retry-After, a short outage, a
// permanent 503, slow hosts). Prints a table and writes out/bench-check.json. Timings are figures,
// never assertions; the run fails only when something crashes or our per-host limit is broken.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE_OPTIONS } from '@/lib/check/host-queue';
import { DEFAULT_CHECK_OPTIONS } from '@/lib/check/options';
import { printable, reportJson, toRow, type Row } from '@/tests/bench/check-report';
import { runLinkinator, runLinkscout, TIMEOUT_MS, type Run } from '@/tests/bench/check-runs';

const OUT = fileURLToPath(new URL('../../out/', import.meta.url));
const { perHost, globalLimit, gapMs } = DEFAULT_QUEUE_OPTIONS;
const rows: Row[] = [];

function record(tool: Row['tool'], settings: string, run: Run): Row {
  const r = toRow(tool, settings, run);
  rows.push(r);
  if (tool === 'linkscout') {
    expect(r.run.stopped).toBeNull();
    expect(r.run.answers.size).toBeGreaterThan(0);
  }
  return r;
}

/** Our queue's promise, seen from both ends: the farm's servers and our own fetch calls. */
function expectPolite(r: Row): void {
  expect(r.maxPerHost).toBeGreaterThan(0);
  expect(r.maxPerHost).toBeLessThanOrEqual(perHost);
  expect(r.maxOpenPerHost).toBeLessThanOrEqual(perHost);
}

describe('link checking: linkscout vs linkinator on 500 links over 55 loopback hosts, hard hosts included', () => {
  beforeAll(() => {
    // linkinator sends through a proxy named in these; every request here must stay on loopback.
    for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];
  });

  const { timeoutMs, urlBudgetMs } = DEFAULT_CHECK_OPTIONS;
  const ours = `defaults: ${perHost}/host, ${globalLimit} global, gap ${gapMs} ms, timeout ${timeoutMs / 1000} s, ${urlBudgetMs / 1000} s per link`;

  it(`linkscout, ${ours}`, async () => {
    expectPolite(record('linkscout', ours, await runLinkscout({})));
  }, 90_000);

  it(`linkinator, equal timeout (${TIMEOUT_MS / 1000} s), concurrency 100, Retry-After honoured, 2 retries`, async () => {
    const run = await runLinkinator({ concurrency: 100, timeout: TIMEOUT_MS, retry: true, retries: 2, limitMs: 150_000 });
    record('linkinator', `equal timeout ${TIMEOUT_MS / 1000} s, concurrency 100, retry on 429, 2 retries`, run);
  }, 180_000);

  it('linkinator, concurrency 100, timeout 5 s, otherwise its defaults', async () => {
    record('linkinator', 'concurrency 100, timeout 5 s, no retries', await runLinkinator({ concurrency: 100, timeout: 5000, retry: false, retries: 0 }));
  }, 90_000);

  // Its defaults: concurrency 100, no time limit, no retries (a 429 is "broken"). A host that never
  // answers keeps it waiting; the run is stopped at the limit and reported as such.
  it('linkinator, its defaults', async () => {
    record('linkinator', 'its defaults: concurrency 100, no timeout, no retries', await runLinkinator({ concurrency: 100, timeout: 0, retry: false, retries: 0 }));
  }, 90_000);

  afterAll(() => {
    console.log(printable(rows, TIMEOUT_MS));
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}bench-check.json`, reportJson(rows, TIMEOUT_MS));
    console.log(`Figures written to ${OUT}bench-check.json`);
  });
});
