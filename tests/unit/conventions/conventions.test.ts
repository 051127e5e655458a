// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COVERED_ELSEWHERE } from './covered-elsewhere';
import { reachable } from './imports';

// The house rules that no linter checks, in the manner of refined-github's features.test.ts.
const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Work landing from other branches. The lead removes an entry once its folder is in the README's
 * development table and every module in it has a test (or an entry in covered-elsewhere.ts).
 */
export const PENDING_FOLDERS: readonly string[] = ['outreach', 'reader', 'monitor', 'backlinks', 'serp', 'footprints', 'qualify', 'import'];
/** Folders being rewritten elsewhere: their new modules may lack a named test until the rewrite lands. */
export const PENDING_MODULE_TESTS: readonly string[] = ['lib/scan/', 'lib/check/'];

function files(dir: string, pattern: RegExp): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => pattern.test(f) && statSync(join(root, f)).isFile())
    .sort();
}

const libFolders = readdirSync(join(root, 'lib'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const isPending = (path: string) => PENDING_FOLDERS.some((f) => path.startsWith(`lib/${f}/`)) || PENDING_MODULE_TESTS.some((p) => path.startsWith(p));
const modules = files('lib', /\.tsx?$/).filter((f) => !/\.test\.tsx?$/.test(f));
const unitTests = files('tests/unit', /\.test\.tsx?$/);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const development = readme.slice(readme.indexOf('## Development'), readme.indexOf('\n## ', readme.indexOf('## Development') + 1));

describe('entrypoints are thin wiring', () => {
  it.each(files('entrypoints', /\.tsx?$/))('%s has at most 40 lines', (file) => {
    const lines = readFileSync(join(root, file), 'utf8').trimEnd().split('\n').length;
    expect(lines).toBeLessThanOrEqual(40);
  });
});

describe("the README's development table draws the house", () => {
  it('has a Development section with a table', () => {
    expect(development).toMatch(/^\| place \| what lives there \|$/m);
  });

  it.each(libFolders.filter((f) => !PENDING_FOLDERS.includes(f)))('names lib/%s/', (folder) => {
    expect(development).toContain(`\`lib/${folder}/\``);
  });

  it.each(files('scripts', /\.mjs$/).map((f) => basename(f)))('names the script %s', (script) => {
    expect(development).toContain(script);
  });

  it('names no lib folder that does not exist', () => {
    const named = [...development.matchAll(/`lib\/([\w-]+)\/`/g)].map((m) => m[1]);
    expect(named.filter((f) => f && !libFolders.includes(f))).toEqual([]);
  });
});

describe('every lib module has a test', () => {
  const reach = new Map(unitTests.map((t) => [t, reachable(root, t)]));
  const namedTest = (module: string) => {
    const name = basename(module).replace(/\.tsx?$/, '');
    return unitTests.find((t) => basename(t).replace(/\.test\.tsx?$/, '') === name && reach.get(t)?.has(module));
  };

  it.each(modules.filter((m) => !isPending(m)))('%s', (module) => {
    if (namedTest(module)) return;
    const elsewhere = COVERED_ELSEWHERE[module];
    expect(elsewhere, `${module} needs tests/unit/…/${basename(module).replace(/\.tsx?$/, '.test.ts')} or an entry in covered-elsewhere.ts`).toBeDefined();
    if (!elsewhere) return;
    expect(existsSync(join(root, elsewhere)), `${elsewhere} exists`).toBe(true);
    // A unit test must reach the module through its imports; e2e tests run the built extension.
    if (elsewhere.startsWith('tests/unit/')) expect(reach.get(elsewhere)?.has(module), `${elsewhere} imports ${module}`).toBe(true);
  });

  it('lists no module in covered-elsewhere.ts that is gone or has its own test', () => {
    const stale = Object.keys(COVERED_ELSEWHERE).filter((m) => !isPending(m) && (!modules.includes(m) || namedTest(m)));
    expect(stale).toEqual([]);
  });

  it('finds the modules and tests it checks', () => {
    expect(modules.length).toBeGreaterThan(50);
    expect(relative(root, join(root, unitTests[0] ?? ''))).toMatch(/^tests\/unit\//);
  });
});
