import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION } from './harness';

// What the popup loads before its links show: popup.html's scripts and everything they import
// statically (dynamic `import()`s load after the list is painted). Storage (Dexie), the schemas
// (zod) and the Public Suffix List (tldts) must not be among them. DESIGN.md budget: 150 KB minified.
const BUDGET_BYTES = 150 * 1024;
const MARKERS: ReadonlyArray<[string, RegExp]> = [
  ['Dexie', /DatabaseClosedError|MissingAPIError/],
  ['zod', /ZodError|_zod\b/],
  ['the public suffix list', /kawasaki|amazonaws|blogspot/],
];

/** popup.html's script and module preloads, then every file they import statically, transitively. */
function criticalScripts(): string[] {
  const html = readFileSync(join(EXTENSION, 'popup.html'), 'utf8');
  const queue = Array.from(html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g), (m) => (m[1] ?? '').replace(/^\//, ''));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(EXTENSION, file), 'utf8');
    // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`, never `import("./x.js")`.
    for (const m of code.matchAll(/\bimport\s*(?:[\w${},\s*]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(join(file.replace(/[^/]+$/, ''), m[1] ?? ''));
  }
  return Array.from(seen);
}

describe('the popup before its links show', () => {
  it('has a Chrome build to read', () => {
    expect(existsSync(join(EXTENSION, 'popup.html')), 'run "npm run build" first').toBe(true);
  });

  it(`loads at most ${BUDGET_BYTES / 1024} KB of JavaScript`, () => {
    const scripts = criticalScripts();
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.reduce((n, f) => n + statSync(join(EXTENSION, f)).size, 0)).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('has markers that find what they look for (the background bundles all three)', () => {
    const background = readFileSync(join(EXTENSION, 'background.js'), 'utf8');
    for (const [what, marker] of MARKERS) expect(background, what).toMatch(marker);
  });

  it.each(MARKERS)('loads no trace of %s', (_what, marker) => {
    for (const file of criticalScripts()) expect(readFileSync(join(EXTENSION, file), 'utf8'), file).not.toMatch(marker);
  });
});
