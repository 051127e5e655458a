import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run bench:check`: the link checker against linkinator on loopback fixture hosts, in Node.
// Kept apart from the unit run: it takes about a minute and prints figures rather than checks.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/bench/**/*.bench.ts'],
    fileParallelism: false,
    // One run at a time: tests in a file run in order, so the timings do not overlap.
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
