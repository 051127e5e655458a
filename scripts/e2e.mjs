// `npm run test:e2e`: end-to-end tests against the current build (run `npm run build` first).
import { ensureChromium, run } from './lib/bootstrap.mjs';

process.env.CHROME_PATH ??= ensureChromium();
process.exit(run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]));
