// `npm test`: the whole suite in order (type check, lint, unit, build for Chrome and Firefox, the
// Firefox build checked by Mozilla's addons-linter, end-to-end in Chromium, real-page corpus),
// ending with one "N passed, N failed" line.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, run } from './lib/bootstrap.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'out');
mkdirSync(out, { recursive: true });

ensureDependencies();
const chrome = ensureChromium();
process.env.CHROME_PATH ??= chrome;

const totals = { passed: 0, failed: 0 };
const failures = [];
/** Each failed test with the first lines of its message, repeated at the end where a log's tail shows it. */
const failedTests = [];

/** A step that passes or fails as a whole (type check, lint, builds). */
function step(name, cmd, args) {
  console.log(`\n━━ ${name}`);
  const ok = run(cmd, args) === 0;
  totals[ok ? 'passed' : 'failed']++;
  if (!ok) failures.push(name);
  return ok;
}

function firstLines(text = '') {
  return text.split('\n').slice(0, 4).join('\n    ');
}

/** A vitest run whose individual tests are counted from its JSON report. */
function vitest(name, args) {
  console.log(`\n━━ ${name}`);
  const report = join(out, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  const status = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    totals.failed++;
    failures.push(`${name} (no report; vitest exited ${status})`);
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  // A file that fails to load has no tests but still fails the run.
  const broken = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0);
  totals.failed += broken.length;
  for (const file of r.testResults ?? []) {
    const where = file.name.replace(root, '');
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failedTests.push(`${name}: ${where} › ${test.fullName}\n    ${firstLines(test.failureMessages?.[0])}`);
    }
    if (broken.includes(file)) failedTests.push(`${name}: ${where} did not load\n    ${firstLines(file.message)}`);
  }
  if (r.numFailedTests > 0 || broken.length > 0 || status !== 0) failures.push(name);
}

step('type check', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
vitest('unit', []);
const built = step('build (Chrome)', 'npx', ['wxt', 'build']);
const firefox = step('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
// What addons.mozilla.org would say of the Firefox build: errors fail the run; warnings are shown.
if (firefox) step('Firefox build check (addons-linter)', 'npx', ['addons-linter', '--output', 'text', '.output/firefox-mv2']);
else {
  totals.failed++;
  failures.push('Firefox build check (skipped: the Firefox build failed)');
}
if (built) vitest('e2e', ['-c', 'vitest.e2e.config.ts']);
else {
  totals.failed++;
  failures.push('e2e (skipped: the Chrome build failed)');
}

console.log('');
if (failedTests.length) console.log(`Failed tests:\n${failedTests.map((t) => `  ${t}`).join('\n')}\n`);
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
