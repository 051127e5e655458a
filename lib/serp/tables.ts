import type { Engine, SelectorTables, SelectorVariant } from './types';
import { ENGINES } from './types';
import builtIn from './selectors.json';

/** The selector tables shipped with the extension (lib/serp/selectors.json). */
export const BUILT_IN_TABLES: SelectorTables = builtIn as SelectorTables;

const FIELDS = ['name', 'root', 'link', 'title', 'snippet', 'ad', 'paa'] as const;
const OPTIONAL = ['video', 'news', 'forum'] as const;

function asVariant(value: unknown): SelectorVariant | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (!FIELDS.every((f) => typeof v[f] === 'string')) return null;
  if (!OPTIONAL.every((f) => v[f] === undefined || typeof v[f] === 'string')) return null;
  return v as unknown as SelectorVariant;
}

/**
 * The tables in force: an override (from Settings) replaces an engine's variants with the same
 * name and adds new ones before the built-in ones. Checked by hand, not with zod, because the
 * injected reader runs this on what the popup hands it; malformed entries are ignored.
 */
export function mergeTables(base: SelectorTables, override: unknown): SelectorTables {
  const out = { ...base };
  if (!override || typeof override !== 'object') return out;
  for (const engine of ENGINES) {
    const list = (override as Record<string, unknown>)[engine];
    if (!Array.isArray(list)) continue;
    const added = list.map(asVariant).filter((v): v is SelectorVariant => v !== null);
    const names = new Set(added.map((v) => v.name));
    out[engine as Engine] = [...added, ...base[engine].filter((v) => !names.has(v.name))];
  }
  return out;
}
