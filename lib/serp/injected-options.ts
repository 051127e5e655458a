import type { SelectorTables } from './types';
import { BUILT_IN_TABLES, mergeTables } from './tables';

/** The global the popup sets just before injecting the results reader. */
export const SERP_OPTIONS_GLOBAL = '__linkscoutSerpOptions';

/** Reads and removes the selector override left for the reader; defaults apply when absent or malformed. */
export function takeSerpTables(scope: Record<string, unknown>): SelectorTables {
  const raw = scope[SERP_OPTIONS_GLOBAL];
  delete scope[SERP_OPTIONS_GLOBAL];
  const override = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).selectors : undefined;
  return mergeTables(BUILT_IN_TABLES, override);
}
