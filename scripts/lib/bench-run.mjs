// What every `npm run bench*` shares: the preamble (dependencies, Chromium, a build) and one
// `repeat` that runs a measurement several times, keeps going past nothing but its own time, and
// records failures instead of throwing (timings are figures, never assertions).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, run } from './bootstrap.mjs';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Installs what is missing and builds the extension, unless `--no-build` is given and a build
 * exists. Returns the options every bench reads.
 */
export function benchPreamble() {
  const quick = process.argv.includes('--quick');
  const built = join(root, '.output/chrome-mv3');
  ensureDependencies();
  const executablePath = ensureChromium();
  if (!process.argv.includes('--no-build') || !existsSync(join(built, 'manifest.json'))) {
    console.log('Building the extension…');
    if (run('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }) !== 0) process.exit(1);
  }
  return { root, quick, built, executablePath };
}

/**
 * Rejects when `work` takes longer than `ms`, so one pathological page cannot stall the bench.
 * @template T
 * @param {Promise<T>} work
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function withLimit(work, ms, what) {
  if (!Number.isFinite(ms)) return work;
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/**
 * A `repeat(what, runs, warmup, fn, options)` that runs `fn` `warmup + runs` times and keeps the
 * last `runs` results. It stops early on an error (written to `errors`), or once the measurement
 * has used `budgetMs` with at least `minRuns` kept (written to `notes`), so that a slow build makes
 * the bench report fewer runs rather than take many minutes.
 * @param {{ errors: string[]; notes?: string[]; limitMs?: number; budgetMs?: number; minRuns?: number }} defaults
 */
export function createRepeat(defaults) {
  const { errors, notes = [] } = defaults;
  /**
   * @template T
   * @param {string} what
   * @param {number} runs
   * @param {number} warmup
   * @param {(i: number) => Promise<T>} fn
   * @param {{ budgetMs?: number; minRuns?: number }} [options]
   * @returns {Promise<T[]>}
   */
  return async function repeat(what, runs, warmup, fn, options = {}) {
    const budgetMs = options.budgetMs ?? defaults.budgetMs ?? Number.POSITIVE_INFINITY;
    const minRuns = options.minRuns ?? defaults.minRuns ?? runs;
    const kept = [];
    const started = performance.now();
    for (let i = 0; i < warmup + runs; i++) {
      try {
        const value = await withLimit(fn(i), defaults.limitMs ?? Number.POSITIVE_INFINITY, what);
        if (i >= warmup) kept.push(value);
      } catch (error) {
        errors.push(`${what}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
        console.error(`  ${errors.at(-1)}`);
        break;
      }
      if (kept.length >= minRuns && kept.length < runs && performance.now() - started > budgetMs) {
        notes.push(`${what}: stopped after ${kept.length} of ${runs} runs to stay within the bench's time`);
        break;
      }
    }
    return kept;
  };
}
