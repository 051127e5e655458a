// `npm run bench:check`: our link checker against linkinator on a 500-link page over 55 loopback
// hosts, hard ones included (tests/bench/check.bench.ts). Prints a table and writes out/bench-check.json; it fails
// only when something crashes or our per-host limit is broken, never on a timing.
import { ensureDependencies, run } from './lib/bootstrap.mjs';

ensureDependencies();
process.exit(run('npx', ['vitest', 'run', '-c', 'vitest.bench.config.ts', ...process.argv.slice(2)]));
