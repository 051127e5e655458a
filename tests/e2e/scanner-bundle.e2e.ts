import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION } from './harness';

// The injected scanner is compiled into every scanned page on demand: its size is its
// injection time. It must stay free of the webextension polyfill, zod and tldts's suffix list
// (the popup validates the result and hands the page's domain in).
const SCANNER = join(EXTENSION, 'content-scripts/scanner.js');
/** Minified bytes; the bundle was 49.2 KB when this budget was set. */
const SCANNER_BUDGET_BYTES = 60 * 1024;

const MARKERS: ReadonlyArray<[string, RegExp]> = [
  ['the webextension polyfill', /This script should only be loaded in a browser extension/],
  ['zod', /ZodError|_zod\b/],
  ['the public suffix list', /kawasaki|amazonaws|blogspot/],
];

describe('the built scanner', () => {
  it('exists in the Chrome build', () => {
    expect(existsSync(SCANNER), `${SCANNER}: run "npm run build" first`).toBe(true);
  });

  it(`stays under ${SCANNER_BUDGET_BYTES / 1024} KB`, () => {
    expect(statSync(SCANNER).size).toBeLessThanOrEqual(SCANNER_BUDGET_BYTES);
  });

  it.each(MARKERS)('contains no trace of %s', (_what, marker) => {
    expect(readFileSync(SCANNER, 'utf8')).not.toMatch(marker);
  });

  it('the markers would find what they look for (they match the background, which bundles all three)', () => {
    const background = readFileSync(join(EXTENSION, 'background.js'), 'utf8');
    for (const [what, marker] of MARKERS) expect(background, what).toMatch(marker);
  });
});
