import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SPECIFIER = /\b(?:from|import)\s*\(?\s*'([^']+)'/g;

/** The project files a file imports ('@/…' and relative specifiers), as paths relative to `root`. */
export function localImports(root: string, file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const out: string[] = [];
  for (const [, spec] of text.matchAll(SPECIFIER)) {
    if (!spec) continue;
    const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : spec.startsWith('.') ? join(root, dirname(file), spec) : null;
    if (!base) continue;
    const found = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p) && !p.endsWith('/'));
    if (found && /\.tsx?$/.test(found)) out.push(relative(root, found));
  }
  return out;
}

/** Every project file `file` reaches through its imports, itself included. */
export function reachable(root: string, file: string): Set<string> {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    stack.push(...localImports(root, next));
  }
  return seen;
}
