// `npm run bench:qualify`: bulk qualification of 500 URLs on 50 loopback hosts through the built
// extension (dashboard → Qualification → page reader in the background). Prints the wall time
// against the politeness floor (requests per host × the per-host gap) and the reader's CPU per
// page beyond the fetch. First, the reader's scheduling alone in Node (tests/bench/read-pool.bench.ts:
// the same 500 reads without a browser or parsing). Figures, never assertions. Options: --no-build,
// --quick (100 URLs in the browser part).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchPreamble } from './lib/bench-run.mjs';

const { root, quick, built, executablePath } = benchPreamble();
const { run } = await import('./lib/bootstrap.mjs');
if (run('npx', ['vitest', 'run', '-c', 'vitest.bench.config.ts', 'tests/bench/read-pool.bench.ts']) !== 0) process.exit(1);
const { launchWithExtension } = await import('./lib/extension-browser.mjs');
const { startQualifyFarm } = await import('../tests/fixtures/qualify-farm.mjs');
const { fmt, summarize, table } = await import('./lib/bench-stats.mjs');

const HOSTS = quick ? 10 : 50;
const PER_HOST = 10;
const GAP_MS = 250; // the default per-host gap (Settings → link checker)
const farm = await startQualifyFarm({ roles: [], extra: HOSTS, lifetimeMs: 10 * 60_000 });
const urls = farm.sites.flatMap((s) => Array.from({ length: PER_HOST }, (_, i) => `${s.origin}/post-${i}`));
const browser = await launchWithExtension({ executablePath, extensionPath: built });
try {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#qualify`);
  await page.getByLabel(/URLs to qualify/).fill(urls.join('\n'));
  await page.getByLabel(/Find contacts deeper/).uncheck();
  const started = Date.now();
  await page.getByRole('button', { name: 'Qualify', exact: true }).click();
  await page.getByText(`${urls.length} of ${urls.length} read`).waitFor({ timeout: 15 * 60_000 });
  const wallMs = Date.now() - started;
  const ats = farm.requests.map((r) => r.at);
  const firstRequestMs = Math.min(...ats) - started;
  const lastRequestMs = Math.max(...ats) - started;
  // Requests per second in each second of the run: where the pool kept every host busy, and where it did not.
  const perSecond = Array.from({ length: Math.ceil(lastRequestMs / 1000) + 1 }, () => 0);
  for (const at of ats) perSecond[Math.floor((at - started) / 1000)]++;
  const parseMs = await page.evaluate(async () => {
    const open = globalThis.indexedDB.open('linkscout');
    const db = await new Promise((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const jobs = await new Promise((ok) => {
      const req = db.transaction('readJobs').objectStore('readJobs').getAll();
      req.onsuccess = () => ok(req.result);
    });
    db.close();
    return jobs.filter((j) => j.purpose === 'qualify' && j.result).map((j) => j.result.parseMs);
  });
  const perHost = new Map();
  for (const r of farm.requests) perHost.set(r.host, (perHost.get(r.host) ?? 0) + 1);
  const busiest = Math.max(...perHost.values());
  const floorMs = (busiest - 1) * GAP_MS;
  const cpu = summarize(parseMs);
  const figures = { firstRequestMs, lastRequestMs, perSecond, urls: urls.length, hosts: HOSTS, requests: farm.requests.length, busiestHostRequests: busiest, wallMs, floorMs, ratio: wallMs / floorMs, cpuMedianMs: cpu.median, cpuP95Ms: cpu.p95, pagesWithCpu: cpu.runs };
  console.log(
    table(['figure', 'value'], [
      ['URLs / hosts', `${urls.length} / ${HOSTS}`],
      ['requests (busiest host)', `${farm.requests.length} (${busiest})`],
      ['wall', `${fmt(wallMs / 1000, 2)} s`],
      ['first / last request after the click', `${fmt(firstRequestMs / 1000, 2)} / ${fmt(lastRequestMs / 1000, 2)} s`],
      ['requests per second, second by second', perSecond.join(' ')],
      ['politeness floor ((busiest − 1) × 250 ms)', `${fmt(floorMs / 1000, 2)} s`],
      ['wall / floor (goal ≤ 1.2)', fmt(wallMs / floorMs, 2)],
      ['reader CPU per page, median / p95 (goal p95 ≤ 20 ms)', `${fmt(cpu.median)} / ${fmt(cpu.p95)} ms (${cpu.runs} pages)`],
    ]),
  );
  mkdirSync(join(root, 'out'), { recursive: true });
  writeFileSync(join(root, 'out/bench-qualify.json'), JSON.stringify(figures, null, 2));
} finally {
  await browser.close();
  await farm.close();
}
