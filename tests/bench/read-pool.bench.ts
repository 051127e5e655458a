// Part of `npm run bench:qualify`: the page reader's scheduling alone, in Node. 500 reads on 50
// loopback hosts of the qualification farm through the real ReadRunner, host queue and checker
// (HEAD, then GET of the page) over real HTTP, with fake-indexeddb and a parse that only takes the
// title: no DOM, no extension, so the figure says how close the pool keeps to the politeness floor
// when CPU is not what limits it. Figures, never timing assertions; it fails only when the per-host
// limit is broken or a read is lost.
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createLinkscoutDb } from '@/lib/db/database';
import { enqueueNewReads } from '@/lib/db/read-jobs';
import { ReadRunner } from '@/lib/jobs/read-runner';
import type { PageScan } from '@/lib/schemas/page-scan';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';
import { startQualifyFarm } from '@/tests/fixtures/qualify-farm.mjs';

const OUT = fileURLToPath(new URL('../../out/', import.meta.url));
const HOSTS = 50;
const PER_HOST = 10;
const db = createLinkscoutDb(`bench-read-pool-${Date.now()}`);
afterAll(async () => db.delete());

describe('page reader scheduling: 500 reads on 50 loopback hosts', () => {
  it('prints wall against the politeness floor', async () => {
    const farm = await startQualifyFarm({ roles: [], extra: HOSTS, lifetimeMs: 5 * 60_000 });
    try {
      const urls = farm.sites.flatMap((s) => Array.from({ length: PER_HOST }, (_, i) => `${s.origin}/post-${i}`));
      await enqueueNewReads(db, urls.map((url, i) => ({ url, purpose: 'qualify' as const, ref: String(i) })), Date.now());
      let read = 0;
      const settings = { ...DEFAULT_SETTINGS, checker: { ...DEFAULT_SETTINGS.checker, allowPrivateNetwork: true, } };
      const runner = new ReadRunner({
        db, fetch: (input, init) => fetch(input, init), now: () => Date.now(), settings: async () => settings,
        // The title is enough to prove the body arrived; parsing is measured in the browser part.
        parse: async (html, url) => ({ scan: { url, title: /<title>([^<]*)/.exec(html)?.[1] ?? '' } as PageScan, parseMs: 0, wordCount: 0 }),
        handlers: { qualify: async () => void read++ },
      });
      const started = Date.now();
      await runner.resume();
      const wallMs = Date.now() - started;
      const perHost = new Map<string, number>();
      for (const r of farm.requests) perHost.set(r.host, (perHost.get(r.host) ?? 0) + 1);
      const busiest = Math.max(...perHost.values());
      const floorMs = (busiest - 1) * settings.checker.minGapMs;
      expect(read).toBe(urls.length);
      const perSecond = Array.from({ length: Math.ceil(wallMs / 1000) + 1 }, () => 0);
      for (const r of farm.requests) perSecond[Math.floor((r.at - started) / 1000)]!++;
      const figures = { perSecond, reads: read, requests: farm.requests.length, busiestHostRequests: busiest, wallMs, floorMs, ratio: wallMs / floorMs };
      console.log(`\nreader scheduling (Node, no parsing): ${read} reads, ${farm.requests.length} requests (busiest host ${busiest})\n` +
        `  wall ${(wallMs / 1000).toFixed(2)} s, politeness floor ${(floorMs / 1000).toFixed(2)} s, wall / floor ${(wallMs / floorMs).toFixed(2)} (goal ≤ 1.2)\n` +
        `  requests per second, second by second: ${perSecond.join(' ')}\n`);
      mkdirSync(OUT, { recursive: true });
      writeFileSync(`${OUT}bench-read-pool.json`, JSON.stringify(figures, null, 2));
    } finally {
      await farm.close();
    }
  }, 240_000);
});
