import type { LinkscoutDb } from '@/lib/db/database';
import { applyImport as writeImport, importLookups, type ApplyOptions, type ImportResult } from '@/lib/db/transfer-import';
import { mergeProspect } from '@/lib/export/import-merge';
import { planImport, type ImportPlan, type PlanOptions } from '@/lib/export/import-plan';

/** The preview of importing `text` into `db`, as the dashboard makes it. */
export function planCsvImport(db: LinkscoutDb, text: string, options: PlanOptions = {}): Promise<ImportPlan> {
  return planImport(text, importLookups(db), options);
}

/** Applies a preview with the real merge rule. */
export function applyImport(db: LinkscoutDb, plan: ImportPlan, options: Omit<ApplyOptions, 'merge'> = {}): Promise<ImportResult> {
  return writeImport(db, plan, { merge: mergeProspect, ...options });
}
